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

/** How an input broadcasts onto an output, one output row (last axis) at a time. */
export interface RowBroadcast {
  /** Where each output row's values start in the input. */
  readonly starts: Int32Array;
  /** 1 when the input's last axis matches the output's, 0 when one value fills the row. */
  readonly step: 0 | 1;
  /** Length of an output row. */
  readonly width: number;
}

/**
 * `broadcastIndex` by rows: output element j of row r is input element starts[r] + j·step.
 * An index per row instead of per element is what keeps broadcasting ops cheap: for a bias
 * [d] added to [n, d] or a mask [n, 1] times [n, d] the loop over a row is a plain one.
 */
export function broadcastRows(outShape: Shape, inShape: Shape): RowBroadcast {
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
