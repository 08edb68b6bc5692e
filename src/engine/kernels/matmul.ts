/**
 * c = a · b for row-major a [m, k], b [k, n], c [m, n] (c is overwritten).
 *
 * Speed comes from register blocking: each pass over k computes a 4×4 tile of c in 16 local
 * accumulators, so every value loaded from a or b is used four times and nothing is stored
 * until the tile is done. Columns left over when n is not a multiple of 4 use dot products;
 * rows left over (all of them for a single-row input, as in an RNN step) stream through b.
 */
export function matmulInto(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  m: number,
  k: number,
  n: number,
): void {
  const m4 = m - (m % 4);
  const n4 = n - (n % 4);
  for (let i = 0; i < m4; i += 4) {
    const [a0, a1, a2, a3] = [i * k, (i + 1) * k, (i + 2) * k, (i + 3) * k];
    for (let j = 0; j < n4; j += 4) {
      // prettier-ignore
      let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0,
          c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
      // prettier-ignore
      for (let p = 0, bp = j; p < k; p++, bp += n) {
        const b0 = b[bp]!, b1 = b[bp + 1]!, b2 = b[bp + 2]!, b3 = b[bp + 3]!;
        const x0 = a[a0 + p]!, x1 = a[a1 + p]!, x2 = a[a2 + p]!, x3 = a[a3 + p]!;
        c00 += x0 * b0; c01 += x0 * b1; c02 += x0 * b2; c03 += x0 * b3;
        c10 += x1 * b0; c11 += x1 * b1; c12 += x1 * b2; c13 += x1 * b3;
        c20 += x2 * b0; c21 += x2 * b1; c22 += x2 * b2; c23 += x2 * b3;
        c30 += x3 * b0; c31 += x3 * b1; c32 += x3 * b2; c33 += x3 * b3;
      }
      const o = i * n + j;
      // prettier-ignore
      {
        c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03;
        c[o + n] = c10; c[o + n + 1] = c11; c[o + n + 2] = c12; c[o + n + 3] = c13;
        c[o + 2 * n] = c20; c[o + 2 * n + 1] = c21; c[o + 2 * n + 2] = c22; c[o + 2 * n + 3] = c23;
        c[o + 3 * n] = c30; c[o + 3 * n + 1] = c31; c[o + 3 * n + 2] = c32; c[o + 3 * n + 3] = c33;
      }
    }
    for (let row = i; row < i + 4; row++) {
      for (let j = n4; j < n; j++) c[row * n + j] = dot(a, b, row, j, k, n);
    }
  }
  for (let i = m4; i < m; i++) rowTimesMatrix(a, b, c, i, k, n);
}

/** Row `i` of c as a sum of rows of b weighted by row `i` of a (i-k-j order: b is read in order). */
function rowTimesMatrix(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  i: number,
  k: number,
  n: number,
): void {
  const row = c.subarray(i * n, (i + 1) * n).fill(0);
  for (let p = 0; p < k; p++) {
    const weight = a[i * k + p]!;
    const bRow = p * n;
    for (let j = 0; j < n; j++) row[j]! += weight * b[bRow + j]!;
  }
}

/** Row `i` of a times column `j` of b. */
function dot(a: Float32Array, b: Float32Array, i: number, j: number, k: number, n: number): number {
  let total = 0;
  for (let p = 0; p < k; p++) total += a[i * k + p]! * b[p * n + j]!;
  return total;
}
