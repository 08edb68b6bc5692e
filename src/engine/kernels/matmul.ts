/** How the operands of {@link matmulInto} are stored, and where in their arrays they start. */
export interface MatmulLayout {
  /** `a` holds Aᵀ row-major ([k, m]), as when a gradient needs xᵀ·g. */
  readonly transposeA?: boolean;
  /** `b` holds Bᵀ row-major ([n, k]), as when a gradient needs g·Wᵀ. */
  readonly transposeB?: boolean;
  readonly aOffset?: number;
  readonly bOffset?: number;
  readonly cOffset?: number;
}

// Reused between calls: packing must not allocate on every matmul of a training step.
let aPanel = new Float64Array(0);
let bPanel = new Float64Array(0);

/**
 * c = A·B for A [m, k], B [k, n] (c row-major [m, n], overwritten), every sum in float64 in
 * order of increasing k.
 *
 * Speed comes from a 4×4 register-blocked micro-kernel: each pass over k computes a 4×4 tile of
 * c in 16 local accumulators, so every value loaded is used four times. To feed it the same way
 * whatever the layout, A is first packed into strips of 4 rows and B into strips of 4 columns,
 * interleaved along k and zero-padded: the kernel then reads two contiguous streams, a transposed
 * operand costs one packing pass instead of a materialised transpose, edge tiles need no
 * separate loops, and each float32 becomes a double once rather than once per use. With fewer
 * than 4 rows (a decoder step) packing B would cost as much as the product, so those rows stream
 * through B as stored.
 */
export function matmulInto(
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  m: number,
  k: number,
  n: number,
  layout: MatmulLayout = {},
): void {
  const { transposeA = false, transposeB = false, aOffset = 0, bOffset = 0, cOffset = 0 } = layout;
  // Element (i, p) of A is a[aOffset + i·aRow + p·aCol]; element (p, j) of B is b[bOffset + p·bRow + j·bCol].
  const [aRow, aCol] = transposeA ? [1, m] : [k, 1];
  const [bRow, bCol] = transposeB ? [1, k] : [n, 1];
  if (m < 4) {
    for (let i = 0; i < m; i++) {
      thinRow(a, aOffset + i * aRow, aCol, b, bOffset, bRow, bCol, c, cOffset + i * n, k, n);
    }
    return;
  }
  const [rowStrips, colStrips] = [Math.ceil(m / 4), Math.ceil(n / 4)];
  if (aPanel.length < rowStrips * 4 * k) aPanel = new Float64Array(rowStrips * 4 * k);
  if (bPanel.length < colStrips * 4 * k) bPanel = new Float64Array(colStrips * 4 * k);
  pack(a, aOffset, aRow, aCol, m, k, aPanel);
  pack(b, bOffset, bCol, bRow, n, k, bPanel);
  for (let s = 0; s < rowStrips; s++) {
    for (let t = 0; t < colStrips; t++) tile(aPanel, bPanel, c, cOffset, s, t, m, k, n);
  }
}

/**
 * Copies `count` lines of k values (value p of line r at src[offset + r·lineStride + p·step]) into
 * strips of 4 lines interleaved along k: value p of line 4s + q goes to panel[(s·k + p)·4 + q].
 * Lines past `count` are zeros, so edge tiles compute zeros that are never stored.
 */
function pack(
  src: Float32Array,
  offset: number,
  lineStride: number,
  step: number,
  count: number,
  k: number,
  panel: Float64Array,
): void {
  const l1 = lineStride;
  const l2 = 2 * lineStride;
  const l3 = 3 * lineStride;
  for (let first = 0; first < count; first += 4) {
    let o = first * k;
    let at = offset + first * lineStride;
    if (first + 4 <= count) {
      for (let p = 0; p < k; p++, o += 4, at += step) {
        panel[o] = src[at]!;
        panel[o + 1] = src[at + l1]!;
        panel[o + 2] = src[at + l2]!;
        panel[o + 3] = src[at + l3]!;
      }
      continue;
    }
    for (let p = 0; p < k; p++, o += 4, at += step) {
      for (let q = 0; q < 4; q++) panel[o + q] = first + q < count ? src[at + q * lineStride]! : 0;
    }
  }
}

/** The 4×4 tile of c at row strip `s`, column strip `t`; only its part inside [m, n] is stored. */
function tile(
  aPanel: Float64Array,
  bPanel: Float64Array,
  c: Float32Array,
  cOffset: number,
  s: number,
  t: number,
  m: number,
  k: number,
  n: number,
): void {
  // prettier-ignore
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0,
      c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  // prettier-ignore
  for (let pa = s * 4 * k, pb = t * 4 * k, end = pa + 4 * k; pa < end; pa += 4, pb += 4) {
    const x0 = aPanel[pa]!, x1 = aPanel[pa + 1]!, x2 = aPanel[pa + 2]!, x3 = aPanel[pa + 3]!;
    const y0 = bPanel[pb]!, y1 = bPanel[pb + 1]!, y2 = bPanel[pb + 2]!, y3 = bPanel[pb + 3]!;
    c00 += x0 * y0; c01 += x0 * y1; c02 += x0 * y2; c03 += x0 * y3;
    c10 += x1 * y0; c11 += x1 * y1; c12 += x1 * y2; c13 += x1 * y3;
    c20 += x2 * y0; c21 += x2 * y1; c22 += x2 * y2; c23 += x2 * y3;
    c30 += x3 * y0; c31 += x3 * y1; c32 += x3 * y2; c33 += x3 * y3;
  }
  const [i, j] = [4 * s, 4 * t];
  const o = cOffset + i * n + j;
  if (i + 4 <= m && j + 4 <= n) {
    // prettier-ignore
    {
      c[o] = c00; c[o + 1] = c01; c[o + 2] = c02; c[o + 3] = c03;
      c[o + n] = c10; c[o + n + 1] = c11; c[o + n + 2] = c12; c[o + n + 3] = c13;
      c[o + 2 * n] = c20; c[o + 2 * n + 1] = c21; c[o + 2 * n + 2] = c22; c[o + 2 * n + 3] = c23;
      c[o + 3 * n] = c30; c[o + 3 * n + 1] = c31; c[o + 3 * n + 2] = c32; c[o + 3 * n + 3] = c33;
    }
    return;
  }
  // prettier-ignore
  const values = [c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33];
  for (let r = 0; r < 4 && i + r < m; r++) {
    for (let q = 0; q < 4 && j + q < n; q++) c[o + r * n + q] = values[4 * r + q]!;
  }
}

// One row's float64 sums, reused between calls.
let rowSums = new Float64Array(0);

/** One row of c = (row of A)·B, reading B in memory order: rows of B, or rows of Bᵀ as dot products. */
function thinRow(
  a: Float32Array,
  aStart: number,
  aCol: number,
  b: Float32Array,
  bOffset: number,
  bRow: number,
  bCol: number,
  c: Float32Array,
  cStart: number,
  k: number,
  n: number,
): void {
  if (bCol !== 1) {
    for (let j = 0; j < n; j++) {
      let total = 0;
      for (let p = 0, at = bOffset + j * bCol; p < k; p++, at += bRow) {
        total += a[aStart + p * aCol]! * b[at]!;
      }
      c[cStart + j] = total;
    }
    return;
  }
  if (rowSums.length < n) rowSums = new Float64Array(n);
  const sums = rowSums.fill(0, 0, n);
  for (let p = 0; p < k; p++) {
    const weight = a[aStart + p * aCol]!;
    const from = bOffset + p * bRow;
    for (let j = 0; j < n; j++) sums[j]! += weight * b[from + j]!;
  }
  for (let j = 0; j < n; j++) c[cStart + j] = sums[j]!;
}
