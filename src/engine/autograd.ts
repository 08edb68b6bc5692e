import { unrecorded } from './context';
import { EngineError } from './errors';
import { sameShape } from './shape';
import { Tensor } from './tensor';

/** Gradient of the loss with respect to each tensor of the graph (parameters included). */
export type Gradients = ReadonlyMap<Tensor, Tensor>;

/** Every tensor `root` depends on through recorded ops, each after all of its inputs. */
function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const visited = new Set<Tensor>();
  const visit = (t: Tensor): void => {
    if (visited.has(t)) return;
    visited.add(t);
    for (const input of t.creator?.inputs ?? []) visit(input);
    order.push(t);
  };
  visit(root);
  return order;
}

/**
 * Reverse-mode autodiff from `root`: walks the recorded ops from the output back to the
 * parameters, applying each op's backward rule and summing gradients where a tensor is reused.
 * `seed` is the gradient of `root` itself; it defaults to 1 for a one-element loss.
 */
export function backward(root: Tensor, seed?: Tensor): Gradients {
  const fail = (detail: string) =>
    new EngineError('backward', seed ? [root.shape, seed.shape] : [root.shape], detail, 'autograd');
  if (!root.requiresGrad) throw fail('root does not depend on any parameter');
  if (!seed && root.size !== 1) throw fail('a non-scalar root needs a seed gradient');
  if (seed && !sameShape(seed.shape, root.shape)) throw fail('seed must have the shape of root');
  const grads = new Map([[root, seed ?? new Tensor(new Float32Array([1]), root.shape)]]);
  // Tensors whose gradient is a sum this function allocated: no op can hold it yet (ops may
  // share one gradient between inputs), so further terms are added in place.
  const summed = new Set<Tensor>();
  unrecorded(() => {
    for (const t of topologicalOrder(root).reverse()) {
      const grad = grads.get(t);
      const creator = t.creator;
      if (!grad || !creator?.op.backward) continue;
      const inputGrads = creator.op.backward(grad, creator.inputs, t, creator.attrs);
      inputGrads.forEach((inputGrad, i) => {
        const input = creator.inputs[i]!;
        if (!inputGrad || !input.requiresGrad) return;
        const previous = grads.get(input);
        if (!previous) grads.set(input, inputGrad);
        else if (summed.has(input)) addInto(previous.data, inputGrad.data);
        else {
          const total = new Tensor(previous.data.slice(), previous.shape);
          addInto(total.data, inputGrad.data);
          grads.set(input, total);
          summed.add(input);
        }
      });
    }
  });
  return grads;
}

/** total += term, element-wise. */
function addInto(total: Float32Array, term: Float32Array): void {
  for (let i = 0; i < total.length; i++) total[i]! += term[i]!;
}
