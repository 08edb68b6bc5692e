import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRng } from '../random';
import { matmulInto, type MatmulLayout } from './matmul';
import { matmulTs } from './matmul-ts';
import { MATMUL_WASM, matmulWasm } from './matmul-wasm';

/** A (or B) element (r, c) of a row-major [rows, cols] matrix stored at `offset`, maybe as its transpose. */
const at =
  (offset: number, rows: number, cols: number, transposed: boolean) => (r: number, c: number) =>
    offset + (transposed ? c * rows + r : r * cols + c);

/** The bits of each float32, so that even −0 against +0 or two NaNs would count as different. */
const bits = (x: Float32Array) => new Uint32Array(x.buffer, x.byteOffset, x.length);

/** The first index where two float32 arrays differ in any bit, or −1 (cheap on large products). */
const firstDifference = (x: Float32Array, y: Float32Array) =>
  x.length === y.length ? bits(x).findIndex((v, i) => v !== bits(y)[i]) : 0;

type Case = [m: number, k: number, n: number, layout: Required<MatmulLayout>, seed: number];

type Multiply = (
  a: Float32Array,
  b: Float32Array,
  c: Float32Array,
  m: number,
  k: number,
  n: number,
  layout: Required<MatmulLayout>,
) => void;

/** Seeded normal operands of a case, with its offsets in front. */
function operands([m, k, n, { aOffset, bOffset }, seed]: Case): [Float32Array, Float32Array] {
  const rng = createRng(seed);
  const fill = (size: number) => Float32Array.from({ length: size }, () => rng.normal());
  return [fill(aOffset + m * k), fill(bOffset + k * n)];
}

/** c from `multiply`, filled with 7 around its [m, n] block. */
function product(
  multiply: Multiply,
  [a, b]: Float32Array[],
  [m, k, n, layout]: Case,
): Float32Array {
  const c = new Float32Array(layout.cOffset + m * n + 3).fill(7);
  multiply(a!, b!, c, m, k, n, layout);
  return c;
}

/** The product from a float64 triple loop rounded once, filled with 7 around its [m, n] block. */
const reference = ([a, b]: Float32Array[], [m, k, n, layout]: Case): Float32Array => {
  const { transposeA, transposeB, aOffset, bOffset, cOffset } = layout;
  const [aAt, bAt] = [at(aOffset, m, k, transposeA), at(bOffset, k, n, transposeB)];
  const expected = new Float32Array(cOffset + m * n + 3).fill(7);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let total = 0;
      for (let p = 0; p < k; p++) total += a![aAt(i, p)]! * b![bAt(p, j)]!;
      expected[cOffset + i * n + j] = total;
    }
  }
  return expected;
};

/** Calls a packed kernel (`matmulTs`, `matmulWasm`) with a layout as matmulInto resolves it. */
const packed =
  (kernel: typeof matmulTs): Multiply =>
  (a, b, c, m, k, n, { transposeA, transposeB, aOffset, bOffset, cOffset }) => {
    const [aRow, aCol] = transposeA ? [1, m] : [k, 1];
    const [bRow, bCol] = transposeB ? [1, k] : [n, 1];
    // prettier-ignore
    kernel(a, aOffset, aRow, aCol, b, bOffset, bRow, bCol, c, cOffset, m, k, n);
  };

const KERNELS: Readonly<Record<string, Multiply>> = {
  matmulInto,
  ts: packed(matmulTs),
  wasm: packed((...args) => expect(matmulWasm(...args)).toBe(true)),
};

// Sizes 1 to 13 cover fewer rows than a tile, exact tiles and ragged edges on every side.
const size = fc.integer({ min: 1, max: 13 });
const offset = fc.integer({ min: 0, max: 5 });
const layouts = fc.record({
  transposeA: fc.boolean(),
  transposeB: fc.boolean(),
  aOffset: offset,
  bOffset: offset,
  cOffset: offset,
});
const cases = fc.tuple(size, size, size, layouts, fc.integer());
// Training-sized products, with an n that is no multiple of 4 (the output layer's vocabulary).
const BIG: readonly Case[] = [false, true].flatMap((transposeA) =>
  [false, true].map((transposeB): Case => {
    const layout = { transposeA, transposeB, aOffset: 3, bOffset: 1, cOffset: 2 };
    return [64, 96, 1823, layout, 5];
  }),
);

describe.each(Object.entries(KERNELS))('%s', (_name, multiply) => {
  it('equals a float64 triple loop rounded once, bit for bit, for every layout and offset', () => {
    fc.assert(
      fc.property(cases, (testCase) => {
        const inputs = operands(testCase);
        const [c, expected] = [product(multiply, inputs, testCase), reference(inputs, testCase)];
        // Same products summed in the same order in float64: equal to the last bit, and
        // nothing outside c's [m, n] block is written.
        expect(bits(c)).toEqual(bits(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result on a second call (reused buffers are cleared)', () => {
    const rng = createRng(3);
    const fill = (size: number) => Float32Array.from({ length: size }, () => rng.normal());
    const [big, small] = [
      [fill(30 * 20), fill(20 * 17)],
      [fill(5 * 3), fill(3 * 6)],
    ] as const;
    const none = { transposeA: false, transposeB: false, aOffset: 0, bOffset: 0, cOffset: 0 };
    const first = new Float32Array(30);
    multiply(small[0], small[1], first, 5, 3, 6, none);
    multiply(big[0], big[1], new Float32Array(30 * 17), 30, 20, 17, none);
    const again = new Float32Array(30);
    multiply(small[0], small[1], again, 5, 3, 6, none);
    expect(bits(again)).toEqual(bits(first));
  });
});

// The reference triple loop is slow, so compute it once for all kernels (and allow a busy machine).
it.each(BIG)(
  'every kernel equals the triple loop bit for bit at %i × %i × %i, %o',
  (...testCase) => {
    const inputs = operands(testCase);
    const expected = reference(inputs, testCase);
    for (const multiply of Object.values(KERNELS)) {
      expect(firstDifference(product(multiply, inputs, testCase), expected)).toBe(-1);
    }
  },
  120_000,
);

describe('matmulWasm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is small enough for a synchronous compile on a browser main thread (4 KB)', () => {
    expect(MATMUL_WASM.length).toBeLessThan(4096);
    expect(WebAssembly.validate(MATMUL_WASM)).toBe(true);
  });

  it.each([
    ['without WebAssembly', undefined],
    ['without SIMD', { validate: () => false }],
  ])('leaves the product to TypeScript %s', async (_name, webAssembly) => {
    vi.stubGlobal('WebAssembly', webAssembly);
    vi.resetModules();
    const wasm = await import('./matmul-wasm');
    const entry = await import('./matmul');
    const [a, b] = [
      Float32Array.from({ length: 6 * 5 }, (_, i) => i - 7),
      new Float32Array(5 * 7).fill(0.5),
    ];
    expect(wasm.matmulWasm(a, 0, 5, 1, b, 0, 7, 1, new Float32Array(6 * 7), 0, 6, 5, 7)).toBe(
      false,
    );
    const [viaEntry, viaTs] = [new Float32Array(6 * 7), new Float32Array(6 * 7)];
    entry.matmulInto(a, b, viaEntry, 6, 5, 7);
    matmulTs(a, 0, 5, 1, b, 0, 7, 1, viaTs, 0, 6, 5, 7);
    expect(bits(viaEntry)).toEqual(bits(viaTs));
  });
});
