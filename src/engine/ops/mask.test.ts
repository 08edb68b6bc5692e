import { describe, expect, it } from 'vitest';
import { fromNested, zeros } from '../create';
import { causalMask, paddingMask } from '../masks';
import { expectTensor } from '../testing/assert';
import { random } from '../testing/random';
import { mask } from './mask';
import { softmax } from './softmax';

describe('mask helpers', () => {
  it('causalMask lets position i see keys 0..i', () => {
    expect(causalMask(3).toNested()).toEqual([
      [1, 0, 0],
      [1, 1, 0],
      [1, 1, 1],
    ]);
  });

  it('paddingMask hides padding keys for every query', () => {
    expect(paddingMask([5, 9, 0, 0], 0).toNested()).toEqual([[1, 1, 0, 0]]);
  });
});

describe('mask op', () => {
  it('replaces blocked scores with -1e9 and keeps the rest', () => {
    const scores = fromNested([
      [1, 2],
      [3, 4],
    ]);
    expectTensor(mask(scores, causalMask(2)), [
      [1, -1e9],
      [3, 4],
    ]);
  });

  it('makes softmax give exactly 0 weight to blocked positions', () => {
    const weights = softmax(mask(random([2, 4, 4]), causalMask(4)));
    expect(weights.get(1, 0, 1)).toBe(0);
    expect(weights.get(1, 2, 3)).toBe(0);
    expect(weights.get(1, 0, 0)).toBe(1);
  });

  it('broadcasts a padding mask over query rows and heads', () => {
    const out = mask(zeros([2, 3, 3]), paddingMask([1, 1, 0], 0));
    expect(out.get(1, 2, 2)).toBe(-1e9);
    expect(out.get(1, 2, 1)).toBe(0);
  });

  it('rejects masks that are not 0/1 or do not broadcast', () => {
    expect(() => mask(zeros([2, 2]), fromNested([1, 0.5]))).toThrow(/mask value 0.5 is not 0 or 1/);
    expect(() => mask(zeros([2, 2]), zeros([3]))).toThrow(/must broadcast/);
    expect(() => mask(zeros([2]), zeros([2, 2]))).toThrow(/must broadcast/);
  });
});
