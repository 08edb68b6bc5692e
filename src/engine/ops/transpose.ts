import { apply } from '../apply';
import { EngineError } from '../errors';
import { inversePermutation, permuteData, swapPermutation } from '../kernels/permute';
import type { OpDef } from '../op';
import type { Tensor } from '../tensor';
import { expectInputs, expectMinRank } from './checks';

type TransposeAttrs = { readonly perm: readonly number[] };

/** Axis permutation; output axis i is input axis perm[i]. */
export const transposeOp: OpDef<TransposeAttrs> = {
  name: 'transpose',
  outputShape(shapes, { perm }) {
    const [x] = expectInputs('transpose', shapes, 1);
    const isPermutation =
      perm.length === x.length && [...perm].sort((a, b) => a - b).every((axis, i) => axis === i);
    if (!isPermutation) {
      const detail = `perm [${perm.join(',')}] is not a permutation of ${x.length} axes`;
      throw new EngineError('transpose', shapes, detail);
    }
    return perm.map((axis) => x[axis]!);
  },
  forward: ([x], { perm }) => permuteData(x!.data, x!.shape, perm),
  backward: (grad, _inputs, _output, { perm }) => [transpose(grad, inversePermutation(perm))],
  lower: (ctx, [x], _shapes, { perm }) => ctx.node('Transpose', [x!], { perm: { ints: perm } }),
};

/** Permutes axes by `perm`; by default swaps the last two axes (the matrix transpose). */
export function transpose(x: Tensor, perm?: readonly number[]): Tensor {
  if (!perm) expectMinRank('transpose', [x.shape], x.shape, 2);
  return apply(transposeOp, [x], { perm: perm ?? swapPermutation(x.rank, x.rank - 2, x.rank - 1) });
}
