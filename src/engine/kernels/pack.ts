/**
 * Writes `count` lines of k values (value p of line r at src[offset + r·lineStride + p·step]) into
 * `out` from index `start` as strips of 4 lines interleaved along k: value p of line 4s + q at
 * out[start + (s·k + p)·4 + q], zero past `count`.
 */
// prettier-ignore
export function packStrips(
  src: Float32Array, offset: number, lineStride: number, step: number, count: number, k: number,
  out: Float64Array, start: number,
): void {
  for (let first = 0; first < count; first += 4) {
    const lines = count - first;
    let [o, at] = [start + first * k, offset + first * lineStride];
    for (let p = 0; p < k; p++, o += 4, at += step) {
      out[o] = src[at]!;
      out[o + 1] = lines > 1 ? src[at + lineStride]! : 0;
      out[o + 2] = lines > 2 ? src[at + 2 * lineStride]! : 0;
      out[o + 3] = lines > 3 ? src[at + 3 * lineStride]! : 0;
    }
  }
}

/** Doubles needed to pack `count` lines of k values: whole strips of 4. */
export const packedSize = (count: number, k: number): number => Math.ceil(count / 4) * 4 * k;
