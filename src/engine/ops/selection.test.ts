import { describe, expect, it } from 'vitest';
import { fromNested, parameter } from '../create';
import { argmax, argmaxOp } from './argmax';
import { topk, topkOp } from './topk';

const x = fromNested([
  [0.1, 0.7, 0.2, 0.7],
  [5, -1, 3, 4],
]);

describe('argmax and topk', () => {
  it('argmax picks the first maximum of each row', () => {
    expect(argmax(x).toNested()).toEqual([1, 0]);
    expect(argmax(fromNested([3, 9, 1])).toNested()).toBe(1);
  });

  it('topk returns values largest first and their indices (ties: lower index first)', () => {
    const { values, indices } = topk(x, 3);
    expect(values.data).toEqual(Float32Array.from([0.7, 0.7, 0.2, 5, 4, 3]));
    expect(indices.toNested()).toEqual([
      [1, 3, 2],
      [0, 3, 2],
    ]);
  });

  it('rejects k outside [1, width]', () => {
    expect(() => topk(x, 5)).toThrow('topk: k = 5 is not in [1, 4] (shapes: [2,4])');
  });

  it('has no gradient, so results do not require grad', () => {
    expect(argmaxOp.backward).toBeUndefined();
    expect(topkOp.backward).toBeUndefined();
    expect(argmax(parameter(x)).requiresGrad).toBe(false);
  });
});
