import { stridesOf, type Shape } from '../shape';
import { stridedOffsets } from '../strided';

/**
 * Reorders axes of row-major data: output axis i is input axis `perm[i]`. Offsets are computed
 * per output row and the row is read with one stride, which is a plain copy when the last axis
 * stays last (splitting and merging heads) and a strided gather for a matrix transpose.
 */
export function permuteData(
  data: Float32Array,
  shape: Shape,
  perm: readonly number[],
): Float32Array {
  const inStrides = stridesOf(shape);
  const outer = perm.slice(0, -1);
  const last = perm[perm.length - 1];
  const [width, step] = last === undefined ? [1, 1] : [shape[last]!, inStrides[last]!];
  const starts = stridedOffsets(
    outer.map((axis) => shape[axis]!),
    outer.map((axis) => inStrides[axis]!),
  );
  const out = new Float32Array(starts.length * width);
  for (let r = 0, i = 0; r < starts.length; r++) {
    for (let j = 0, at = starts[r]!; j < width; j++, i++, at += step) out[i] = data[at]!;
  }
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
