import { apply } from '../apply';
import { expandToShape, sumToShape } from '../broadcast';
import type { OpDef } from '../op';
import { Tensor } from '../tensor';
import { onnxAxes, reduceSum } from './onnxHelpers';
import { keptShape, reduceAxes, reducedCount, reducedShape, type ReduceAttrs } from './reduce';

/** Sum over some axes (all when none given). */
export const sumOp: OpDef<ReduceAttrs> = {
  name: 'sum',
  outputShape: (shapes, attrs) => reducedShape('sum', shapes, attrs),
  forward: ([x], { axes }) => sumToShape(x!.data, x!.shape, keptShape(x!.shape, axes)),
  backward: (grad, [x], _output, { axes }) => [
    new Tensor(expandToShape(grad.data, keptShape(x!.shape, axes), x!.shape), x!.shape),
  ],
  lower: (ctx, [x], [shape], { axes, keepdims }) => [
    reduceSum(ctx, x!, onnxAxes(axes, shape!), keepdims, reducedCount(shape!, axes)),
  ],
};

/** Sums along `axis`, or over everything when `axis` is omitted. */
export function sum(x: Tensor, axis?: number, keepdims = false): Tensor {
  return apply(sumOp, [x], { axes: reduceAxes(x.rank, axis), keepdims });
}
