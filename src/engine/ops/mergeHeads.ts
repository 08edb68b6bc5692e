import { apply } from '../apply';
import { EngineError } from '../errors';
import { permuteData } from '../kernels/permute';
import type { NoAttrs, OpDef } from '../op';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';
import { headSwap } from './splitHeads';

/** [h, n, d_k] → [n, h·d_k] (or with a leading batch axis): the inverse of splitHeads. */
export const mergeHeadsOp: OpDef<NoAttrs> = {
  name: 'mergeHeads',
  outputShape(shapes) {
    const [x] = expectInputs('mergeHeads', shapes, 1);
    if (x.length !== 3 && x.length !== 4) {
      throw new EngineError('mergeHeads', shapes, 'needs [h, n, d_k] or [b, h, n, d_k]');
    }
    const [heads, n, dk] = x.slice(-3) as [number, number, number];
    return [...x.slice(0, -3), n, heads * dk];
  },
  forward: ([x]) => permuteData(x!.data, x!.shape, headSwap(x!.rank)),
  backward(grad, [x]) {
    const [heads, n, dk] = x!.shape.slice(-3) as [number, number, number];
    const view = [...x!.shape.slice(0, -3), n, heads, dk];
    return [new Tensor(permuteData(grad.data, view, headSwap(view.length)), x!.shape)];
  },
  lower(ctx, [x], [shape], _attrs, outputShape) {
    const swapped = ctx.node('Transpose', [x!], { perm: { ints: headSwap(shape!.length) } });
    return ctx.node('Reshape', [...swapped, ctx.constantInt64(outputShape, [outputShape.length])]);
  },
};

/** Joins heads back: [h, n, d_k] → [n, h·d_k], [b, h, n, d_k] → [b, n, h·d_k]. */
export function mergeHeads(x: Tensor): Tensor {
  return apply(mergeHeadsOp, [x], {});
}
