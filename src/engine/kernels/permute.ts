import { stridesOf, type Shape } from '../shape';
import { stridedOffsets } from '../strided';

/** Reorders axes of row-major data: output axis i is input axis `perm[i]`. */
export function permuteData(
  data: Float32Array,
  shape: Shape,
  perm: readonly number[],
): Float32Array {
  const inStrides = stridesOf(shape);
  const offsets = stridedOffsets(
    perm.map((axis) => shape[axis]!),
    perm.map((axis) => inStrides[axis]!),
  );
  const out = new Float32Array(offsets.length);
  for (let i = 0; i < out.length; i++) out[i] = data[offsets[i]!]!;
  return out;
}

/** The permutation that undoes `perm`. */
export function inversePermutation(perm: readonly number[]): number[] {
  const inverse = new Array<number>(perm.length);
  perm.forEach((axis, i) => (inverse[axis] = i));
  return inverse;
}

/** The identity permutation of `rank` axes with axes `i` and `j` exchanged. */
export function swapPermutation(rank: number, i: number, j: number): number[] {
  const perm = Array.from({ length: rank }, (_, axis) => axis);
  [perm[i], perm[j]] = [j, i];
  return perm;
}
