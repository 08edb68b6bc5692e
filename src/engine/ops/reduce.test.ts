import { describe, expect, it } from 'vitest';
import { fromNested } from '../create';
import { expectTensor } from '../testing/assert';
import { mean } from './mean';
import { sum } from './sum';

const m = fromNested([
  [1, 2, 3],
  [4, 5, 6],
]);

describe('sum and mean', () => {
  it('sum along each axis (by hand)', () => {
    expectTensor(sum(m, 0), [5, 7, 9]);
    expectTensor(sum(m, 1), [6, 15]);
    expectTensor(sum(m, -1, true), [[6], [15]]);
  });

  it('sum of everything is a scalar', () => {
    expect(sum(m).shape).toEqual([]);
    expect(sum(m).toNested()).toBe(21);
  });

  it('mean along each axis (by hand)', () => {
    expectTensor(mean(m, 0), [2.5, 3.5, 4.5]);
    expectTensor(mean(m, 1, true), [[2], [5]]);
    expect(mean(m).toNested()).toBe(3.5);
  });

  it('rejects an axis out of range', () => {
    expect(() => sum(m, 2)).toThrow('sum: axis 2 is out of range for rank 2 (shapes: [2,3])');
  });
});
