import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { matmul } from './ops/matmul';
import { transpose } from './ops/transpose';
import { encodingWavelength, sinusoidalEncoding } from './positional';

describe('sinusoidalEncoding', () => {
  it('matches hand-computed values', () => {
    const pe = sinusoidalEncoding(3, 4);
    expect(pe.shape).toEqual([3, 4]);
    expect([...pe.data.subarray(0, 4)]).toEqual([0, 1, 0, 1]);
    expect(pe.get(1, 0)).toBeCloseTo(Math.sin(1), 6);
    expect(pe.get(1, 1)).toBeCloseTo(Math.cos(1), 6);
    // Pair i = 1 of d = 4 has frequency 1/10000^(2/4) = 1/100.
    expect(pe.get(1, 2)).toBeCloseTo(Math.sin(0.01), 6);
    expect(pe.get(1, 3)).toBeCloseTo(Math.cos(0.01), 6);
    expect(pe.get(2, 0)).toBeCloseTo(Math.sin(2), 6);
    expect(pe.get(2, 3)).toBeCloseTo(Math.cos(0.02), 6);
  });

  it('gives wavelengths from 2π up to nearly 10000·2π', () => {
    expect(encodingWavelength(0, 16)).toBeCloseTo(2 * Math.PI, 10);
    expect(encodingWavelength(1, 16)).toBeCloseTo(2 * Math.PI, 10);
    expect(encodingWavelength(2, 4)).toBeCloseTo(200 * Math.PI, 8);
  });

  it('rejects an odd width and an empty sequence', () => {
    expect(() => sinusoidalEncoding(4, 5)).toThrow(EngineError);
    expect(() => sinusoidalEncoding(0, 4)).toThrow(EngineError);
  });

  it('makes PE(p)·PE(p+k) depend only on the distance k', () => {
    const n = 64;
    for (const d of [16, 32, 64]) {
      const similarity = matmul(sinusoidalEncoding(n, d), transpose(sinusoidalEncoding(n, d)));
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 0, max: n - 1 }),
          (p, k) => {
            fc.pre(p + k < n);
            // Σ sin(a)sin(b) + cos(a)cos(b) = Σ cos(a − b): the value at p = 0 is the value everywhere.
            expect(similarity.get(p, p + k)).toBeCloseTo(similarity.get(0, k), 3);
          },
        ),
      );
    }
  });
});
