import { sizeOf, type Shape } from './shape';

/**
 * Walks `shape` in row-major order and returns, for each position, the memory offset
 * given per-axis `strides`. Stride 0 repeats values (broadcasting); permuted strides transpose.
 */
export function stridedOffsets(shape: Shape, strides: readonly number[]): Int32Array {
  const rank = shape.length;
  const offsets = new Int32Array(sizeOf(shape));
  const counter = new Array<number>(rank).fill(0);
  let offset = 0;
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = offset;
    // Odometer increment: bump the last axis, carrying into earlier axes when one wraps.
    for (let axis = rank - 1; axis >= 0; axis--) {
      offset += strides[axis]!;
      if (++counter[axis]! < shape[axis]!) break;
      offset -= strides[axis]! * counter[axis]!;
      counter[axis] = 0;
    }
  }
  return offsets;
}
