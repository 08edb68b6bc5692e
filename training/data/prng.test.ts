import { describe, expect, it } from 'vitest';
import { mulberry32, pick, pickWeighted } from './prng';

describe('mulberry32', () => {
  it('is reproducible and uniform-looking in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 10_000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(draws.reduce((sum, x) => sum + x, 0) / draws.length).toBeCloseTo(0.5, 1);
  });
});

describe('pick / pickWeighted', () => {
  it('never picks a zero-weight item and refuses empty lists', () => {
    const random = mulberry32(1);
    for (let i = 0; i < 200; i++)
      expect(
        pickWeighted(random, [
          ['a', 1],
          ['b', 0],
          ['c', 3],
        ]),
      ).not.toBe('b');
    expect(() => pick(random, [])).toThrow();
    expect(() => pickWeighted(random, [])).toThrow();
  });
});
