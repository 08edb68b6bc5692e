import { packedSize, packStrips } from './pack';

// Reused between calls: packing must not allocate on every matmul of a training step.
let aPanel: Float64Array = new Float64Array(0);
let bPanel: Float64Array = new Float64Array(0);

/**
 * c = A·B for m ≥ 1 rows in TypeScript, with element (i, p) of A at a[aOffset + i·aRow + p·aCol] and
 * (p, j) of B at b[bOffset + p·bRow + j·bCol]; c row-major [m, n] at cOffset.
 *
 * Speed comes from register blocking: each pass over k computes a 4×4 tile of c in 16 local
 * accumulators, so every value loaded is used four times. To feed it the same way whatever the
 * layout, A is first packed into strips of 4 rows and B into strips of 4 columns, interleaved
 * along k and zero-padded: the loop then reads two contiguous streams, a transposed operand (the
 * gradients' xᵀ·g and g·Wᵀ) costs one packing pass instead of a materialised transpose, edge
 * tiles need no separate loops, and each float32 becomes a double once rather than once per use.
 */
// prettier-ignore
export function matmulTs(
  a: Float32Array, aOffset: number, aRow: number, aCol: number,
  b: Float32Array, bOffset: number, bRow: number, bCol: number,
  c: Float32Array, cOffset: number, m: number, k: number, n: number,
): void {
  if (aPanel.length < packedSize(m, k)) aPanel = new Float64Array(packedSize(m, k));
  if (bPanel.length < packedSize(n, k)) bPanel = new Float64Array(packedSize(n, k));
  const [A, B] = [aPanel, bPanel];
  packStrips(a, aOffset, aRow, aCol, m, k, A, 0);
  packStrips(b, bOffset, bCol, bRow, n, k, B, 0);
  for (let i = 0; i < m; i += 4) {
    for (let j = 0; j < n; j += 4) {
      // prettier-ignore
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0,
          c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      // prettier-ignore
      for (let pa = i * k, pb = j * k, end = pa + 4 * k; pa < end; pa += 4, pb += 4) {
        const x0 = A[pa]!, x1 = A[pa + 1]!, x2 = A[pa + 2]!, x3 = A[pa + 3]!;
        const y0 = B[pb]!, y1 = B[pb + 1]!, y2 = B[pb + 2]!, y3 = B[pb + 3]!;
        c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
        c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
        c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
        c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
      }
      const o = cOffset + i * n + j;
      if (i + 4 <= m && j + 4 <= n) {
        // prettier-ignore
        {
          c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03;
          c[o + n] = c10; c[o + n + 1] = c11; c[o + n + 2] = c12; c[o + n + 3] = c13;
          c[o + 2 * n] = c20; c[o + 2 * n + 1] = c21; c[o + 2 * n + 2] = c22; c[o + 2 * n + 3] = c23;
          c[o + 3 * n] = c30; c[o + 3 * n + 1] = c31; c[o + 3 * n + 2] = c32; c[o + 3 * n + 3] = c33;
        }
        continue;
      }
      // prettier-ignore
      const tile = [c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33];
      for (let r = 0; r < 4 && i + r < m; r++) {
        for (let q = 0; q < 4 && j + q < n; q++) c[o + r * n + q] = tile[4 * r + q]!;
      }
    }
  }
}
