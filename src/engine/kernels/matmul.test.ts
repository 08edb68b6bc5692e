import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { matmulInto } from './matmul';

/** A (or B) element (r, c) of a row-major [rows, cols] matrix stored at `offset`, maybe as its transpose. */
const at =
  (offset: number, rows: number, cols: number, transposed: boolean) => (r: number, c: number) =>
    offset + (transposed ? c * rows + r : r * cols + c);

describe('matmulInto', () => {
  // Sizes 1 to 13 cover fewer rows than a tile, exact tiles and ragged edges on every side.
  const size = fc.integer({ min: 1, max: 13 });
  const dims = fc.tuple(size, size, size);
  const layouts = fc.record({ transposeA: fc.boolean(), transposeB: fc.boolean() });
  const offset = fc.integer({ min: 0, max: 5 });
  const offsets = fc.tuple(offset, offset, offset);

  it('equals a float64 triple loop rounded once, for every layout and offset', () => {
    fc.assert(
      fc.property(dims, layouts, offsets, fc.integer(), ([m, k, n], layout, [ao, bo, co], seed) => {
        const rng = createRng(seed);
        const fill = (size: number) => Float32Array.from({ length: size }, () => rng.normal());
        const [a, b] = [fill(ao + m * k), fill(bo + k * n)];
        const c = new Float32Array(co + m * n + 3).fill(7);
        matmulInto(a, b, c, m, k, n, { ...layout, aOffset: ao, bOffset: bo, cOffset: co });
        const [aAt, bAt] = [at(ao, m, k, layout.transposeA), at(bo, k, n, layout.transposeB)];
        const expected = new Float32Array(c.length).fill(7);
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < n; j++) {
            let total = 0;
            for (let p = 0; p < k; p++) total += a[aAt(i, p)]! * b[bAt(p, j)]!;
            expected[co + i * n + j] = total;
          }
        }
        // Same products summed in the same order in float64: equal to the last bit, and
        // nothing outside c's [m, n] block is written.
        expect(c).toEqual(expected);
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
    const first = new Float32Array(30);
    matmulInto(small[0], small[1], first, 5, 3, 6);
    matmulInto(big[0], big[1], new Float32Array(30 * 17), 30, 20, 17);
    const again = new Float32Array(30);
    matmulInto(small[0], small[1], again, 5, 3, 6);
    expect(again).toEqual(first);
  });
});
