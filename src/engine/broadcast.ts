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

/**
 * `broadcastIndex` by rows of `width` (the last axis): output element j of row r is input element
 * starts[r] + j·step, step being 0 where the input's last axis is broadcast. An index per row, not
 * per element, keeps broadcasting cheap: a bias [d] on [n, d] or a mask [n, 1] on [n, d].
 */
function broadcastRows(outShape: Shape, inShape: Shape) {
  const width = outShape[outShape.length - 1] ?? 1;
  const inWidth = inShape[inShape.length - 1] ?? 1;
  const rows = broadcastIndex(outShape.slice(0, -1), inShape.slice(0, -1));
  return { starts: rows.map((row) => row * inWidth), step: inWidth === 1 ? 0 : 1, width };
}

/** Sums `data` (of `fromShape`) down to `toShape` into a new array: the inverse of broadcasting. */
export function sumToShape(data: Float32Array, fromShape: Shape, toShape: Shape): Float32Array {
  if (sameShape(fromShape, toShape)) return data.slice();
  const sums = new Float64Array(sizeOf(toShape));
  const { starts, step, width } = broadcastRows(fromShape, toShape);
  for (let r = 0, i = 0; r < starts.length; r++) {
    for (let j = 0, at = starts[r]!; j < width; j++, i++, at += step) sums[at]! += data[i]!;
  }
  return Float32Array.from(sums);
}

/** Repeats `data` (of `fromShape`) along broadcast axes to fill `toShape`. */
export function expandToShape(data: Float32Array, fromShape: Shape, toShape: Shape): Float32Array {
  if (sameShape(fromShape, toShape)) return data;
  const { starts, step, width } = broadcastRows(toShape, fromShape);
  const out = new Float32Array(starts.length * width);
  for (let r = 0, i = 0; r < starts.length; r++) {
    for (let j = 0, at = starts[r]!; j < width; j++, i++, at += step) out[i] = data[at]!;
  }
  return out;
}
