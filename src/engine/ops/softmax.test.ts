import { describe, expect, it } from 'vitest';
import { fromNested } from '../create';
import { expectTensor, expectValues } from '../testing/assert';
import { random } from '../testing/random';
import { softmax } from './softmax';

/** Softmax of each row of a [rows, width] array, written the plain (unshifted) way in float64. */
function naiveSoftmaxRows(data: Float32Array, width: number): number[] {
  const out: number[] = [];
  for (let start = 0; start < data.length; start += width) {
    const exps = Array.from(data.subarray(start, start + width), Math.exp);
    const total = exps.reduce((a, b) => a + b, 0);
    out.push(...exps.map((e) => e / total));
  }
  return out;
}

describe('softmax', () => {
  it('matches hand values for [1, 2, 3]', () => {
    // e¹, e², e³ over their sum 30.1929: 0.0900306, 0.2447285, 0.6652410
    expectTensor(softmax(fromNested([1, 2, 3])), [0.0900306, 0.2447285, 0.665241]);
  });

  it('is finite and correct for logits ±1e4', () => {
    const out = softmax(fromNested([1e4, -1e4, 0]));
    expect(out.data.every(Number.isFinite)).toBe(true);
    expectTensor(out, [1, 0, 0]);
  });

  it('matches the naive formula on random rows', () => {
    const x = random([5, 7]);
    expectValues(softmax(x).data, naiveSoftmaxRows(x.data, 7), 1e-6);
  });

  it('normalises along axis 0 when asked', () => {
    const out = softmax(
      fromNested([
        [0, 1],
        [0, 1],
      ]),
      0,
    );
    expectTensor(out, [
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
  });

  it('rejects an axis out of range', () => {
    expect(() => softmax(random([2, 3]), 2)).toThrow('softmax: axis 2 is out of range for rank 2');
  });
});
