import { apply } from '../apply';
import { EngineError } from '../errors';
import { permuteData, swapPermutation } from '../kernels/permute';
import type { OpDef } from '../op';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';

type HeadsAttrs = { readonly heads: number };

/** The permutation exchanging the sequence axis and the head axis of a [..., n, h, d_k] view. */
export function headSwap(rank: number): number[] {
  return swapPermutation(rank, rank - 3, rank - 2);
}

/** [n, d] → [h, n, d/h] (or [b, n, d] → [b, h, n, d/h]): each head gets its slice of features. */
export const splitHeadsOp: OpDef<HeadsAttrs> = {
  name: 'splitHeads',
  outputShape(shapes, { heads }) {
    const [x] = expectInputs('splitHeads', shapes, 1);
    const d = x[x.length - 1]!;
    const valid = Number.isInteger(heads) && heads >= 1 && d % heads === 0;
    if (!valid || (x.length !== 2 && x.length !== 3)) {
      const detail = `needs [n, d] or [b, n, d] with d divisible by ${heads} heads`;
      throw new EngineError('splitHeads', shapes, detail);
    }
    return [...x.slice(0, -2), heads, x[x.length - 2]!, d / heads];
  },
  forward: ([x], { heads }) => {
    const view = [...x!.shape.slice(0, -1), heads, x!.shape[x!.rank - 1]! / heads];
    return permuteData(x!.data, view, headSwap(view.length));
  },
  backward: (grad, [x]) => [
    new Tensor(permuteData(grad.data, grad.shape, headSwap(grad.rank)), x!.shape),
  ],
  lower(ctx, [x], [shape], { heads }) {
    const view = [...shape!.slice(0, -1), heads, shape![shape!.length - 1]! / heads];
    const reshaped = ctx.node('Reshape', [x!, ctx.constantInt64(view, [view.length])]);
    return ctx.node('Transpose', reshaped, { perm: { ints: headSwap(view.length) } });
  },
};

/** Splits the last axis into `heads` heads: [n, d] → [h, n, d/h], [b, n, d] → [b, h, n, d/h]. */
export function splitHeads(x: Tensor, heads: number): Tensor {
  return apply(splitHeadsOp, [x], { heads });
}
