import { apply } from '../apply';
import { EngineError } from '../errors';
import type { OpDef } from '../op';
import { aroundAxis, normalizeAxis, sizeOf } from '../shape';
import { Tensor } from '../tensor';
import { sliceData } from './slice';

type ConcatAttrs = { readonly axis: number };

/** Joins tensors along one axis; all other dimensions must match. */
export const concatOp: OpDef<ConcatAttrs> = {
  name: 'concat',
  outputShape(shapes, { axis }) {
    const first = shapes[0];
    if (!first) throw new EngineError('concat', shapes, 'needs at least one input');
    const resolved = normalizeAxis('concat', shapes, axis, first.length);
    const compatible = shapes.every(
      (s) => s.length === first.length && s.every((dim, i) => i === resolved || dim === first[i]),
    );
    if (!compatible) throw new EngineError('concat', shapes, `shapes differ outside axis ${axis}`);
    const total = shapes.reduce((sum, s) => sum + s[resolved]!, 0);
    return first.map((dim, i) => (i === resolved ? total : dim));
  },
  forward(inputs, { axis }, outputShape) {
    const resolved = normalizeAxis('concat', [], axis, outputShape.length);
    const { outer, length, inner } = aroundAxis(outputShape, resolved);
    const out = new Float32Array(sizeOf(outputShape));
    let offset = 0;
    for (const x of inputs) {
      const width = x.shape[resolved]! * inner;
      for (let o = 0; o < outer; o++) {
        out.set(x.data.subarray(o * width, (o + 1) * width), o * length * inner + offset);
      }
      offset += width;
    }
    return out;
  },
  backward(grad, inputs, _output, { axis }) {
    const resolved = normalizeAxis('concat', [], axis, grad.rank);
    let start = 0;
    return inputs.map((x) => {
      const end = start + x.shape[resolved]!;
      const dx = sliceData(grad.data, grad.shape, resolved, start, end);
      start = end;
      return new Tensor(dx, x.shape);
    });
  },
  lower: (ctx, names, _shapes, { axis }) => ctx.node('Concat', names, { axis: { int: axis } }),
};

/** Concatenates `tensors` along `axis`. */
export function concat(tensors: readonly Tensor[], axis: number): Tensor {
  return apply(concatOp, tensors, { axis });
}
