import { engineState } from './context';
import { EngineError } from './errors';
import type { Attrs, OpDef } from './op';
import { sizeOf, type Shape } from './shape';
import { Tensor } from './tensor';

/**
 * Runs one op: validates inputs and shapes before computing anything, runs the kernel, links
 * the result for autograd when an input needs gradients, and reports the step to an active trace.
 */
export function apply<A extends Attrs>(op: OpDef<A>, inputs: readonly Tensor[], attrs: A): Tensor {
  const shapes = inputs.map((t) => t.shape);
  if (engineState.checkFinite) inputs.forEach((t, i) => assertFinite(op.name, shapes, t, i));
  const shape = op.outputShape(shapes, attrs);
  if (sizeOf(shape) === 0) {
    throw new EngineError(op.name, shapes, 'would produce an empty tensor', 'empty');
  }
  op.checkValues?.(inputs, attrs);
  const data = op.forward(inputs, attrs, shape);
  const tracksGrad =
    engineState.gradEnabled && op.backward !== undefined && inputs.some((t) => t.requiresGrad);
  const output = new Tensor(data, shape, tracksGrad ? { creator: { op, inputs, attrs } } : {});
  engineState.recorder?.record(op.name, inputs, attrs, output);
  return output;
}

/** Throws when a tensor holds NaN or ±Infinity, pointing at the first bad element. */
function assertFinite(op: string, shapes: readonly Shape[], t: Tensor, input: number): void {
  const data = t.data;
  // Multiplying by zero keeps finite values at 0 but turns NaN and ±Infinity into NaN, so one
  // branch-free pass detects any bad value; only then do we search for where it is.
  let probe = 0;
  for (let i = 0; i < data.length; i++) probe += data[i]! * 0;
  if (probe === 0) return;
  const at = data.findIndex((v) => !Number.isFinite(v));
  const detail = `input ${input} has ${data[at]} at flat index ${at}`;
  throw new EngineError(op, shapes, detail, 'non-finite');
}
