import { apply } from '../apply';
import { expandToShape, sumToShape } from '../broadcast';
import { EngineError } from '../errors';
import type { LoweringContext } from '../onnx/lowering';
import type { NoAttrs, OpDef } from '../op';
import { broadcastShapes, sameShape, sizeOf } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';

/** The parts that differ between element-wise unary ops. */
export interface UnarySpec {
  readonly name: string;
  /** out[i] = f(x[i]), the loop written out in each op (see {@link BinarySpec.kernel}). */
  readonly kernel: (x: Float32Array, out: Float32Array) => void;
  /**
   * dx[i] = g[i] · dy/dx at x[i], given the input x and the output y (whichever is cheaper), the
   * loop written out in each op for the reason given at {@link BinarySpec.kernel}.
   */
  readonly gradient: (g: Float32Array, x: Float32Array, y: Float32Array, dx: Float32Array) => void;
  readonly lower: (ctx: LoweringContext, input: string) => string;
}

/** Builds an element-wise unary op definition from its kernel and gradient loops. */
export function defineUnary(spec: UnarySpec): OpDef<NoAttrs> {
  return {
    name: spec.name,
    outputShape: (shapes) => expectInputs(spec.name, shapes, 1)[0],
    forward([x]) {
      const out = new Float32Array(x!.size);
      spec.kernel(x!.data, out);
      return out;
    },
    backward(grad, [x], y) {
      const dx = new Float32Array(grad.size);
      spec.gradient(grad.data, x!.data, y.data, dx);
      return [new Tensor(dx, grad.shape)];
    },
    lower: (ctx, [input]) => [spec.lower(ctx, input!)],
  };
}

/** The parts that differ between broadcasting binary ops. */
export interface BinarySpec {
  readonly name: string;
  readonly onnxOp: string;
  /**
   * out[i] = x[i] ∘ y[i] for arrays of one length, the loop written out in each op: a loop shared
   * by all ops calling a per-element function sees every op at one call site, and V8 then calls
   * instead of inlining the arithmetic, about 5× slower.
   */
  readonly kernel: (x: Float32Array, y: Float32Array, out: Float32Array) => void;
  /** Gradients for a and b at the broadcast output shape; reduction to input shapes is shared. */
  readonly gradients: (grad: Tensor, a: Tensor, b: Tensor) => [Tensor, Tensor];
}

/** Builds a numpy-broadcasting binary op definition from its kernel and gradients. */
export function defineBinary(spec: BinarySpec): OpDef<NoAttrs> {
  return {
    name: spec.name,
    outputShape(shapes) {
      const [a, b] = expectInputs(spec.name, shapes, 2);
      const shape = broadcastShapes(a, b);
      if (!shape) throw new EngineError(spec.name, shapes, 'shapes do not broadcast');
      return shape;
    },
    forward([a, b], _attrs, shape) {
      const out = new Float32Array(sizeOf(shape));
      const x = expandToShape(a!.data, a!.shape, shape);
      spec.kernel(x, expandToShape(b!.data, b!.shape, shape), out);
      return out;
    },
    backward(grad, [a, b]) {
      // Tensors are never written to, so a gradient already of its input's shape is passed on as is.
      return spec.gradients(grad, a!, b!).map((g, i) => {
        const { shape } = i === 0 ? a! : b!;
        return sameShape(g.shape, shape)
          ? g
          : new Tensor(sumToShape(g.data, g.shape, shape), shape);
      });
    },
    lower: (ctx, names) => ctx.node(spec.onnxOp, names),
  };
}

/** Runs an op that takes no attributes. */
export function applyPlain(op: OpDef<NoAttrs>, ...inputs: Tensor[]): Tensor {
  return apply(op, inputs, {});
}
