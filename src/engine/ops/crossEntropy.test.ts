import { describe, expect, it } from 'vitest';
import { fromNested, tensor } from '../create';
import { random } from '../testing/random';
import { crossEntropy, crossEntropyOp } from './crossEntropy';
import { Tensor } from '../tensor';

/** Label-smoothed cross-entropy written plainly: log-softmax per row, then the weighted sum. */
function naiveCrossEntropy(
  logits: Tensor,
  targets: number[],
  smoothing: number,
  ignore: number,
): number {
  const [n, vocab] = logits.shape as [number, number];
  let [total, counted] = [0, 0];
  for (let r = 0; r < n; r++) {
    if (targets[r] === ignore) continue;
    const row = Array.from(logits.data.subarray(r * vocab, (r + 1) * vocab));
    const logZ = Math.log(row.reduce((acc, v) => acc + Math.exp(v), 0));
    row.forEach((v, j) => {
      const q = (j === targets[r] ? 1 - smoothing : 0) + smoothing / vocab;
      total -= q * (v - logZ);
    });
    counted++;
  }
  return total / counted;
}

describe('crossEntropy', () => {
  it('is ln 2 for two equal logits (by hand)', () => {
    expect(crossEntropy(fromNested([[0, 0]]), tensor([0], [1])).toNested()).toBeCloseTo(
      Math.LN2,
      6,
    );
  });

  it('smoothing 0.2 over 2 classes with logits [ln 3, 0] (by hand)', () => {
    // p = [3/4, 1/4], q = [0.9, 0.1]: −0.9·ln 0.75 − 0.1·ln 0.25 = 0.397548
    const loss = crossEntropy(fromNested([[Math.log(3), 0]]), tensor([0], [1]), { smoothing: 0.2 });
    expect(loss.toNested()).toBeCloseTo(0.397548, 5);
  });

  it('matches the plain formula, skipping ignored rows', () => {
    const logits = random([6, 5], 3);
    const targets = [4, 0, -100, 2, -100, 1];
    const loss = crossEntropy(logits, tensor(targets, [6]), { smoothing: 0.1 });
    expect(loss.shape).toEqual([]);
    expect(loss.toNested()).toBeCloseTo(naiveCrossEntropy(logits, targets, 0.1, -100), 5);
  });

  it('supports a padding id inside the vocabulary as the ignore index', () => {
    const logits = random([3, 4]);
    const loss = crossEntropy(logits, tensor([0, 3, 0], [3]), { ignoreIndex: 0 });
    expect(loss.toNested()).toBeCloseTo(naiveCrossEntropy(logits, [0, 3, 0], 0, 0), 5);
  });

  it('is 0 when every row is ignored', () => {
    expect(crossEntropy(random([2, 3]), tensor([-100, -100], [2])).toNested()).toBe(0);
  });

  it('rejects bad targets and shapes', () => {
    expect(() => crossEntropy(random([2, 3]), tensor([0, 3], [2]))).toThrow(
      /index 3 at position 1 is not in \[0, 3\)/,
    );
    expect(() => crossEntropy(random([2, 3]), tensor([0], [1]))).toThrow(
      'crossEntropy: needs logits [n, V] and targets [n] (shapes: [2,3], [1])',
    );
    expect(() => crossEntropy(random([1, 3]), tensor([0], [1]), { smoothing: 1 })).toThrow(
      /smoothing 1/,
    );
  });

  it('has the gradient softmax − q over counted rows, the same bits with or without the forward', () => {
    const logits = random([4, 6], 2);
    const targets = tensor([2, -1, 0, 5], [4]);
    const attrs = { smoothing: 0.1, ignoreIndex: -1 };
    const seed = new Tensor(new Float32Array([1]), []);
    const loss = crossEntropy(logits, targets, attrs);
    const [afterForward] = crossEntropyOp.backward!(seed, [logits, targets], loss, attrs);
    // A copy of the logits the forward never saw: the backward computes each row's log-sum-exp.
    const copy = new Tensor(logits.data.slice(), logits.shape);
    const [alone] = crossEntropyOp.backward!(seed, [copy, targets], loss, attrs);
    expect(alone!.data).toEqual(afterForward!.data);
    afterForward!.data.forEach((g, i) => {
      const [row, j] = [Math.floor(i / 6), i % 6];
      const target = targets.data[row]!;
      if (target === -1) return expect(g).toBe(0);
      const z = Array.from(logits.data.subarray(row * 6, row * 6 + 6));
      const p = Math.exp(z[j]!) / z.reduce((acc, v) => acc + Math.exp(v), 0);
      const q = (j === target ? 0.9 : 0) + 0.1 / 6;
      expect(g).toBeCloseTo((p - q) / 3, 6);
    });
  });
});
