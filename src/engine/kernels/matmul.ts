import { matmulTs } from './matmul-ts';
import { matmulWasm } from './matmul-wasm';

/** How the operands of {@link matmulInto} are stored: `a` may hold Aᵀ ([k, m]), `b` Bᵀ ([n, k]). */
export interface MatmulLayout {
  readonly transposeA?: boolean;
  readonly transposeB?: boolean;
  readonly aOffset?: number;
  readonly bOffset?: number;
  readonly cOffset?: number;
}

let rowSums: Float64Array = new Float64Array(0);

/**
 * c = A·B for A [m, k], B [k, n] (c row-major [m, n] at cOffset, overwritten), every sum in
 * float64 in order of increasing k, so that every kernel gives the same bits.
 *
 * From 4 rows on, the packed 4×4 tile loop computes it (`matmulTs`), in WebAssembly SIMD where
 * available (`matmulWasm`: 1.8 times as fast for xᵀ·g, where packing in JavaScript dominates, up
 * to 3.8 times at the bench's shapes), else in TypeScript.
 */
// prettier-ignore
export function matmulInto(
  a: Float32Array, b: Float32Array, c: Float32Array, m: number, k: number, n: number,
  { transposeA = false, transposeB = false, aOffset = 0, bOffset = 0, cOffset = 0 }: MatmulLayout = {},
): void {
  // Element (i, p) of A is a[aOffset + i·aRow + p·aCol]; element (p, j) of B is b[bOffset + p·bRow + j·bCol].
  const [aRow, aCol] = transposeA ? [1, m] : [k, 1];
  const [bRow, bCol] = transposeB ? [1, k] : [n, 1];
  // With fewer than 4 rows (a decoder step) packing B would cost as much as the product.
  if (m < 4) return thinRows(a, aOffset, aRow, aCol, b, bOffset, bRow, bCol, c, cOffset, m, k, n);
  if (matmulWasm(a, aOffset, aRow, aCol, b, bOffset, bRow, bCol, c, cOffset, m, k, n)) return;
  matmulTs(a, aOffset, aRow, aCol, b, bOffset, bRow, bCol, c, cOffset, m, k, n);
}

/** Rows of c one at a time, reading B in memory order: its rows, or for Bᵀ dot products of rows. */
// prettier-ignore
function thinRows(
  a: Float32Array, aOffset: number, aRow: number, aCol: number,
  b: Float32Array, bOffset: number, bRow: number, bCol: number,
  c: Float32Array, cOffset: number, m: number, k: number, n: number,
): void {
  if (rowSums.length < n) rowSums = new Float64Array(n);
  for (let i = 0, aStart = aOffset; i < m; i++, aStart += aRow) {
    const sums = rowSums.fill(0, 0, n);
    for (let p = 0; p < k; p++) {
      const weight = a[aStart + p * aCol]!;
      for (let j = 0, at = bOffset + p * bRow; j < n; j++, at += bCol) sums[j]! += weight * b[at]!;
    }
    for (let j = 0; j < n; j++) c[cOffset + i * n + j] = sums[j]!;
  }
}
