import { describe, expect, it } from 'vitest';
import { fromNested, tensor } from '../create';
import { expectTensor } from '../testing/assert';
import { random } from '../testing/random';
import { concat } from './concat';
import { mergeHeads } from './mergeHeads';
import { reshape } from './reshape';
import { slice } from './slice';
import { splitHeads } from './splitHeads';
import { transpose } from './transpose';

const m = fromNested([
  [1, 2, 3],
  [4, 5, 6],
]);

describe('transpose', () => {
  it('swaps the last two axes by default', () => {
    expectTensor(transpose(m), [
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it('applies an explicit permutation: out[i,j,k] = x[j,k,i]', () => {
    const x = random([2, 3, 4]);
    const out = transpose(x, [2, 0, 1]);
    expect(out.shape).toEqual([4, 2, 3]);
    expect(out.get(3, 1, 2)).toBe(x.get(1, 2, 3));
  });

  it('rejects a non-permutation', () => {
    expect(() => transpose(m, [0, 0])).toThrow(/not a permutation/);
  });
});

describe('reshape', () => {
  it('keeps row-major order and infers -1', () => {
    expectTensor(reshape(m, [3, -1]), [
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });

  it('rejects a size change', () => {
    expect(() => reshape(m, [4, 2])).toThrow('reshape: cannot reshape to [4,2] (shapes: [2,3])');
  });
});

describe('concat and slice', () => {
  it('concatenates along columns', () => {
    expectTensor(concat([m, fromNested([[7], [8]])], 1), [
      [1, 2, 3, 7],
      [4, 5, 6, 8],
    ]);
  });

  it('concatenates along rows', () => {
    expectTensor(concat([m, fromNested([[7, 8, 9]])], 0), [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
  });

  it('rejects mismatched dims outside the axis', () => {
    expect(() => concat([m, fromNested([[7, 8]])], 0)).toThrow(/shapes differ outside axis 0/);
  });

  it('slices a column range', () => {
    expectTensor(slice(m, 1, 1, 3), [
      [2, 3],
      [5, 6],
    ]);
  });

  it('slice undoes concat', () => {
    const [a, b] = [random([2, 3, 2]), random([2, 1, 2])];
    const joined = concat([a, b], 1);
    expect(slice(joined, 1, 0, 3).data).toEqual(a.data);
    expect(slice(joined, -2, 3, 4).data).toEqual(b.data);
  });

  it('rejects an empty or out-of-range slice', () => {
    expect(() => slice(m, 1, 2, 2)).toThrow(/range \[2, 2\) is invalid/);
    expect(() => slice(m, 0, 0, 3)).toThrow(/range \[0, 3\) is invalid/);
  });
});

describe('splitHeads and mergeHeads', () => {
  // Two positions with d_model = 4, split into 2 heads of 2 features each.
  const x = tensor([1, 2, 3, 4, 5, 6, 7, 8], [2, 4]);

  it('gives each head its slice of features', () => {
    expectTensor(splitHeads(x, 2), [
      [
        [1, 2],
        [5, 6],
      ],
      [
        [3, 4],
        [7, 8],
      ],
    ]);
  });

  it('mergeHeads inverts splitHeads, with or without a batch axis', () => {
    expect(mergeHeads(splitHeads(x, 2)).toNested()).toEqual(x.toNested());
    const batched = random([3, 5, 6]);
    const heads = splitHeads(batched, 3);
    expect(heads.shape).toEqual([3, 3, 5, 2]);
    expect(heads.get(2, 1, 4, 0)).toBe(batched.get(2, 4, 2));
    expect(mergeHeads(heads).data).toEqual(batched.data);
  });

  it('rejects a width not divisible by the head count', () => {
    expect(() => splitHeads(x, 3)).toThrow(/divisible by 3 heads/);
  });
});
