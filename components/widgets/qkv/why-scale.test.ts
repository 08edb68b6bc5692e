import { describe, expect, it } from 'vitest';
import { dkValues, scaleCurve, scalePoint, variance, weightStats } from './why-scale';

describe('statistics', () => {
  it('computes the population variance', () => {
    expect(variance([1, 2, 3, 4])).toBe(1.25);
  });

  it('gives max weight 1/n and entropy log₂ n for uniform rows, 1 and 0 for one-hot rows', () => {
    expect(weightStats([0.25, 0.25, 0.25, 0.25], 1, 4)).toEqual({ maxWeight: 0.25, entropy: 2 });
    expect(weightStats([0, 1, 1, 0], 2, 2)).toEqual({ maxWeight: 1, entropy: 0 });
  });
});

describe('scalePoint', () => {
  it('raw score variance grows like d_k, scaled variance stays near 1', () => {
    for (const dK of [16, 64, 256]) {
      const { raw, scaled } = scalePoint(dK, 1);
      expect(raw.variance / dK).toBeGreaterThan(0.75);
      expect(raw.variance / dK).toBeLessThan(1.25);
      expect(scaled.variance).toBeGreaterThan(0.75);
      expect(scaled.variance).toBeLessThan(1.25);
    }
  });

  it('without scaling the softmax saturates at large d_k; with scaling it does not', () => {
    const { raw, scaled } = scalePoint(512, 2);
    expect(raw.maxWeight).toBeGreaterThan(0.8);
    expect(scaled.maxWeight).toBeLessThan(0.4);
    expect(raw.entropy).toBeLessThan(scaled.entropy);
  });

  it('is reproducible from the seed and identical at d_k = 1', () => {
    expect(scalePoint(8, 3)).toEqual(scalePoint(8, 3));
    const one = scalePoint(1, 3);
    expect(one.raw).toEqual(one.scaled);
  });

  it('the curve has one point per slider position', () => {
    expect(scaleCurve(1).map((p) => p.dK)).toEqual(dkValues);
  });
});
