import { apply } from '../apply';
import { expandToShape, sumToShape } from '../broadcast';
import type { OpDef } from '../op';
import { Tensor } from '../tensor';
import { onnxAxes } from './onnxHelpers';
import { keptShape, reduceAxes, reducedCount, reducedShape, type ReduceAttrs } from './reduce';

/** Mean over some axes (all when none given). */
export const meanOp: OpDef<ReduceAttrs> = {
  name: 'mean',
  outputShape: (shapes, attrs) => reducedShape('mean', shapes, attrs),
  forward([x], { axes }) {
    const count = reducedCount(x!.shape, axes);
    return sumToShape(x!.data, x!.shape, keptShape(x!.shape, axes)).map((total) => total / count);
  },
  backward(grad, [x], _output, { axes }) {
    const count = reducedCount(x!.shape, axes);
    const spread = expandToShape(grad.data, keptShape(x!.shape, axes), x!.shape);
    const dx = spread.map((g) => g / count);
    return [new Tensor(dx, x!.shape)];
  },
  lower: (ctx, [x], [shape], { axes, keepdims }) =>
    ctx.node('ReduceMean', [x!], {
      axes: { ints: onnxAxes(axes, shape!) },
      keepdims: { int: keepdims ? 1 : 0 },
    }),
};

/** Averages along `axis`, or over everything when `axis` is omitted. */
export function mean(x: Tensor, axis?: number, keepdims = false): Tensor {
  return apply(meanOp, [x], { axes: reduceAxes(x.rank, axis), keepdims });
}
