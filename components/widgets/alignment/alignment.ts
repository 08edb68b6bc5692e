import type { Decoding } from '../../../src/translation/decoding';

/**
 * The alignment matrix of a decoding, row-major [target words × source words]: row i is the
 * attention (layer 0, head 0) over the source while the i-th generated word was chosen.
 */
export function alignmentMatrix(decoding: Decoding, sourceLength: number): Float32Array {
  const rows = decoding.tokens.length;
  const matrix = new Float32Array(rows * sourceLength);
  for (let i = 0; i < rows; i++) {
    const weights = decoding.steps[i]!.attention.cross[0]?.[0] ?? [];
    matrix.set(weights.slice(0, sourceLength), i * sourceLength);
  }
  return matrix;
}

/** Row `row` of a row-major matrix with `columns` columns. */
export function matrixRow(matrix: Float32Array, columns: number, row: number): Float32Array {
  return matrix.subarray(row * columns, (row + 1) * columns);
}

/** The context vector the decoder read at step `position` (the attention model's `context`). */
export function contextVector(decoding: Decoding, position: number): Float32Array | undefined {
  return decoding.steps[position]?.outputs['context']?.data;
}

/** The largest absolute value of `values` (1 when all are 0), for a symmetric colour domain. */
export function extent(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i]!));
  return max || 1;
}

/** The index a key moves a selection of `count` items to (unchanged for other keys). */
export function moveSelection(index: number, key: string, count: number): number {
  if (count === 0) return 0;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return index;
  }
}
