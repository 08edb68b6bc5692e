import { describe, expect, it } from 'vitest';
import { attentionForward } from './attention';
import { fromNested } from './create';
import { causalMask } from './masks';
import type { Tensor } from './tensor';
import { expectTensor, expectValues } from './testing/assert';
import { random } from './testing/random';

/** softmax(QKᵀ/√d)·V for one head, written with plain loops in float64. */
function naiveAttention(Q: Tensor, K: Tensor, V: Tensor, causal: boolean): number[] {
  const [n, d] = Q.shape as [number, number];
  const [m, dv] = [K.shape[0]!, V.shape[1]!];
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const scores = Array.from({ length: m }, (_, j) => {
      let dot = 0;
      for (let p = 0; p < d; p++) dot += Q.get(i, p) * K.get(j, p);
      return causal && j > i ? -Infinity : dot / Math.sqrt(d);
    });
    const max = Math.max(...scores);
    const weights = scores.map((s) => Math.exp(s - max));
    const total = weights.reduce((a, b) => a + b, 0);
    for (let c = 0; c < dv; c++) {
      out.push(weights.reduce((acc, w, j) => acc + (w / total) * V.get(j, c), 0));
    }
  }
  return out;
}

describe('attentionForward', () => {
  it('averages the values evenly when all scores tie (by hand)', () => {
    const Q = fromNested([[0, 0]]);
    const K = fromNested([
      [1, 0],
      [0, 1],
    ]);
    const V = fromNested([
      [2, 4],
      [6, 8],
    ]);
    expectTensor(attentionForward(Q, K, V), [[4, 6]]);
  });

  it('matches plain loops, with and without a causal mask', () => {
    const [Q, K, V] = [random([4, 3]), random([4, 3]), random([4, 2])];
    expectValues(attentionForward(Q, K, V).data, naiveAttention(Q, K, V, false), 1e-5);
    const masked = attentionForward(Q, K, V, { mask: causalMask(4) });
    expectValues(masked.data, naiveAttention(Q, K, V, true), 1e-5);
  });

  it('lets the first position see only itself under a causal mask', () => {
    const [Q, K, V] = [random([3, 2]), random([3, 2]), random([3, 2])];
    const out = attentionForward(Q, K, V, { mask: causalMask(3) });
    expect([out.get(0, 0), out.get(0, 1)]).toEqual([V.get(0, 0), V.get(0, 1)]);
  });

  it('runs batched heads [h, n, d] in one call', () => {
    const [Q, K, V] = [random([2, 3, 4]), random([2, 3, 4]), random([2, 3, 4])];
    expect(attentionForward(Q, K, V, { mask: causalMask(3) }).shape).toEqual([2, 3, 4]);
  });
});
