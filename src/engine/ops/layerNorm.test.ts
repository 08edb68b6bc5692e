import { describe, expect, it } from 'vitest';
import { fromNested, ones, zeros } from '../create';
import { expectTensor } from '../testing/assert';
import { layerNorm } from './layerNorm';

describe('layerNorm', () => {
  it('normalises [1, 2, 3] to ±√(3/2) (by hand)', () => {
    // mean 2, variance 2/3, so (x − 2)/√(2/3 + 1e-5) = [−1.2247357, 0, 1.2247357]
    expectTensor(
      layerNorm(fromNested([[1, 2, 3]]), ones([3]), zeros([3])),
      [[-1.2247357, 0, 1.2247357]],
      1e-5,
    );
  });

  it('applies gamma then beta per feature', () => {
    const out = layerNorm(fromNested([[1, 2, 3]]), fromNested([2, 1, 0]), fromNested([0, 5, 1]));
    expectTensor(out, [[-2.4494714, 5, 1]], 1e-5);
  });

  it('normalises each row independently', () => {
    const out = layerNorm(
      fromNested([
        [1, 3],
        [10, 30],
      ]),
      ones([2]),
      zeros([2]),
      0,
    );
    expectTensor(out, [
      [-1, 1],
      [-1, 1],
    ]);
  });

  it('requires gamma and beta of the feature size', () => {
    expect(() => layerNorm(zeros([2, 3]), ones([2]), zeros([3]))).toThrow(
      'layerNorm: gamma and beta must both be [3] (shapes: [2,3], [2], [3])',
    );
  });
});
