import { sameShape, sizeOf, stridesOf, type Shape } from './shape';
import { stridedOffsets } from './strided';

/**
 * For each element of `outShape` (row-major), the flat index of the element of `inShape`
 * that broadcasts onto it. `inShape` must broadcast to `outShape`.
 */
export function broadcastIndex(outShape: Shape, inShape: Shape): Int32Array {
  const lead = outShape.length - inShape.length;
  const inStrides = stridesOf(inShape);
  const strides = outShape.map((_, axis) =>
    axis >= lead && inShape[axis - lead] !== 1 ? inStrides[axis - lead]! : 0,
  );
  return stridedOffsets(outShape, strides);
}

/** Sums `data` (of `fromShape`) down to `toShape` into a new array: the inverse of broadcasting. */
export function sumToShape(data: Float32Array, fromShape: Shape, toShape: Shape): Float32Array {
  if (sameShape(fromShape, toShape)) return data.slice();
  const sums = new Float64Array(sizeOf(toShape));
  const map = broadcastIndex(fromShape, toShape);
  for (let i = 0; i < data.length; i++) sums[map[i]!]! += data[i]!;
  return Float32Array.from(sums);
}

/** Repeats `data` (of `fromShape`) along broadcast axes to fill `toShape`. */
export function expandToShape(data: Float32Array, fromShape: Shape, toShape: Shape): Float32Array {
  if (sameShape(fromShape, toShape)) return data;
  const map = broadcastIndex(toShape, fromShape);
  const out = new Float32Array(map.length);
  for (let i = 0; i < map.length; i++) out[i] = data[map[i]!]!;
  return out;
}
