import { describe, expect, it } from 'vitest';
import { randn, randUniform, xavierUniform } from './init';
import { createRng } from './random';

describe('seeded randomness', () => {
  it('repeats exactly for the same seed and differs across seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).uniform);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('uniform stays in [0, 1) with mean about 1/2', () => {
    const rng = createRng(1);
    const samples = Array.from({ length: 10000 }, rng.uniform);
    expect(samples.every((u) => u >= 0 && u < 1)).toBe(true);
    expect(samples.reduce((a, b) => a + b) / samples.length).toBeCloseTo(0.5, 1);
  });

  it('normal samples have mean 0 and the requested spread', () => {
    const data = randn([20000], createRng(2), 3).data;
    const mean = data.reduce((a, b) => a + b) / data.length;
    const variance = data.reduce((a, b) => a + (b - mean) ** 2, 0) / data.length;
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(Math.sqrt(variance)).toBeCloseTo(3, 1);
  });

  it('randUniform and Xavier respect their bounds', () => {
    expect(randUniform([100], createRng(3), -2, -1).data.every((v) => v >= -2 && v < -1)).toBe(
      true,
    );
    const w = xavierUniform(30, 70, createRng(4));
    const limit = Math.sqrt(6 / 100);
    expect(w.shape).toEqual([30, 70]);
    expect(w.data.every((v) => Math.abs(v) <= limit)).toBe(true);
    expect(Math.max(...w.data.map(Math.abs))).toBeGreaterThan(0.9 * limit);
  });
});
