import { apply } from '../apply';
import { broadcastRows, sumToShape } from '../broadcast';
import { EngineError } from '../errors';
import type { LoweringContext } from '../onnx/lowering';
import type { NoAttrs, OpDef } from '../op';
import { broadcastShapes, sameShape, sizeOf } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';

/** The parts that differ between element-wise unary ops. */
export interface UnarySpec {
  readonly name: string;
  readonly fn: (x: number) => number;
  /** dy/dx, given the input x and the output y (whichever is cheaper). */
  readonly derivative: (x: number, y: number) => number;
  readonly lower: (ctx: LoweringContext, input: string) => string;
}

/** Builds an element-wise unary op definition from its scalar function and derivative. */
export function defineUnary(spec: UnarySpec): OpDef<NoAttrs> {
  return {
    name: spec.name,
    outputShape: (shapes) => expectInputs(spec.name, shapes, 1)[0],
    forward([x]) {
      // A loop, not TypedArray#map: V8 calls map's callback without inlining, 2–3× slower here.
      const [data, fn, out] = [x!.data, spec.fn, new Float32Array(x!.size)];
      for (let i = 0; i < out.length; i++) out[i] = fn(data[i]!);
      return out;
    },
    backward(grad, [x], y) {
      const dx = new Float32Array(grad.size);
      for (let i = 0; i < dx.length; i++) {
        dx[i] = grad.data[i]! * spec.derivative(x!.data[i]!, y.data[i]!);
      }
      return [new Tensor(dx, grad.shape)];
    },
    lower: (ctx, [input]) => [spec.lower(ctx, input!)],
  };
}

/** The parts that differ between broadcasting binary ops. */
export interface BinarySpec {
  readonly name: string;
  readonly onnxOp: string;
  readonly fn: (a: number, b: number) => number;
  /** Gradients for a and b at the broadcast output shape; reduction to input shapes is shared. */
  readonly gradients: (grad: Tensor, a: Tensor, b: Tensor) => [Tensor, Tensor];
}

/** Builds a numpy-broadcasting binary op definition from its scalar function and gradients. */
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
      const [x, y, fn] = [a!.data, b!.data, spec.fn];
      const out = new Float32Array(sizeOf(shape));
      if (x.length === out.length && y.length === out.length) {
        for (let i = 0; i < out.length; i++) out[i] = fn(x[i]!, y[i]!);
        return out;
      }
      const [ra, rb] = [broadcastRows(shape, a!.shape), broadcastRows(shape, b!.shape)];
      for (let r = 0, i = 0; r < ra.starts.length; r++) {
        let p = ra.starts[r]!;
        let q = rb.starts[r]!;
        for (let j = 0; j < ra.width; j++, i++, p += ra.step, q += rb.step)
          out[i] = fn(x[p]!, y[q]!);
      }
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
