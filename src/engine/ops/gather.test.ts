import { describe, expect, it } from 'vitest';
import { fromNested, tensor } from '../create';
import { expectTensor } from '../testing/assert';
import { gather } from './gather';

const table = fromNested([
  [0, 0.5],
  [1, 1.5],
  [2, 2.5],
]);

describe('gather (embedding lookup)', () => {
  it('picks table rows by id', () => {
    expectTensor(gather(table, tensor([2, 0, 2], [3])), [
      [2, 2.5],
      [0, 0.5],
      [2, 2.5],
    ]);
  });

  it('keeps the shape of the ids: [b, n] ids → [b, n, d]', () => {
    expect(gather(table, tensor([0, 1, 2, 1], [2, 2])).shape).toEqual([2, 2, 2]);
  });

  it('rejects ids that are out of range or not integers', () => {
    expect(() => gather(table, tensor([3], [1]))).toThrow(
      'gather: index 3 at position 0 is not in [0, 3)',
    );
    expect(() => gather(table, tensor([0.5], [1]))).toThrow(/index 0.5/);
  });
});
