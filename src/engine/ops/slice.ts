import { apply } from '../apply';
import { EngineError } from '../errors';
import type { OpDef } from '../op';
import { aroundAxis, normalizeAxis, sizeOf, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';

type SliceAttrs = { readonly axis: number; readonly start: number; readonly end: number };

/** Copies `data[..., start:end, ...]` along `axis`. */
export function sliceData(
  data: Float32Array,
  shape: Shape,
  axis: number,
  start: number,
  end: number,
): Float32Array {
  const { outer, length, inner } = aroundAxis(shape, axis);
  const width = (end - start) * inner;
  const out = new Float32Array(outer * width);
  for (let o = 0; o < outer; o++) {
    const from = (o * length + start) * inner;
    out.set(data.subarray(from, from + width), o * width);
  }
  return out;
}

/** The half-open range [start, end) of one axis, e.g. one gate of a GRU's stacked weights. */
export const sliceOp: OpDef<SliceAttrs> = {
  name: 'slice',
  outputShape(shapes, { axis, start, end }) {
    const [x] = expectInputs('slice', shapes, 1);
    const resolved = normalizeAxis('slice', shapes, axis, x.length);
    const valid = [start, end].every(Number.isInteger) && start >= 0 && start < end;
    if (!valid || end > x[resolved]!) {
      const detail = `range [${start}, ${end}) is invalid for axis ${axis}`;
      throw new EngineError('slice', shapes, detail);
    }
    return x.map((dim, i) => (i === resolved ? end - start : dim));
  },
  forward: ([x], { axis, start, end }) => sliceData(x!.data, x!.shape, axis, start, end),
  backward(grad, [x], _output, { axis, start, end }) {
    const { outer, length, inner } = aroundAxis(x!.shape, axis);
    const width = (end - start) * inner;
    const dx = new Float32Array(sizeOf(x!.shape));
    for (let o = 0; o < outer; o++) {
      dx.set(grad.data.subarray(o * width, (o + 1) * width), (o * length + start) * inner);
    }
    return [new Tensor(dx, x!.shape)];
  },
  lower: (ctx, [x], _shapes, { axis, start, end }) =>
    ctx.node('Slice', [
      x!,
      ctx.constantInt64([start], [1]),
      ctx.constantInt64([end], [1]),
      ctx.constantInt64([axis], [1]),
    ]),
};

/** Returns the elements with index in [start, end) along `axis`. */
export function slice(x: Tensor, axis: number, start: number, end: number): Tensor {
  return apply(sliceOp, [x], { axis, start, end });
}
