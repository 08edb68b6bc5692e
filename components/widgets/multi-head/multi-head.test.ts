import { describe, expect, it } from 'vitest';
import { traced } from '../../../src/engine/trace';
import {
  columnBlock,
  D_MODEL,
  HEAD_COUNTS,
  headColumnLabels,
  matrixAt,
  multiHeadForward,
  multiHeadInputs,
  stepNamed,
} from './multi-head';

const tokens = ['she', 'is', 'eating', 'a', 'green', 'apple'];

/** Row-major [r, c] matrix product in float64. */
function product(a: ArrayLike<number>, b: ArrayLike<number>, r: number, k: number, c: number) {
  return Array.from({ length: r * c }, (_, idx) => {
    const [i, j] = [Math.floor(idx / c), idx % c];
    let sum = 0;
    for (let p = 0; p < k; p++) sum += a[i * k + p]! * b[p * c + j]!;
    return sum;
  });
}

/** Multi-head attention written out head by head, as a reference independent of the engine. */
function reference(inputs: ReturnType<typeof multiHeadInputs>, heads: number): number[] {
  const n = tokens.length;
  const d = D_MODEL;
  const dK = d / heads;
  const X = [...inputs['ids']!.data].flatMap((id) => [
    ...inputs['E']!.data.subarray(id * d, id * d + d),
  ]);
  const [Q, K, V] = ['W_Q', 'W_K', 'W_V'].map((w) => product(X, inputs[w]!.data, n, d, d));
  const concat = new Array<number>(n * d).fill(0);
  for (let h = 0; h < heads; h++) {
    for (let i = 0; i < n; i++) {
      const scores = Array.from({ length: n }, (_, j) => {
        let dot = 0;
        for (let c = h * dK; c < (h + 1) * dK; c++) dot += Q![i * d + c]! * K![j * d + c]!;
        return dot / Math.sqrt(dK);
      });
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const total = exps.reduce((a, b) => a + b, 0);
      for (let c = h * dK; c < (h + 1) * dK; c++) {
        concat[i * d + c] = exps.reduce((acc, e, j) => acc + (e / total) * V![j * d + c]!, 0);
      }
    }
  }
  return product(concat, inputs['W_O']!.data, n, d, d);
}

describe('multiHeadForward', () => {
  it.each(HEAD_COUNTS)('with %i heads matches attention computed head by head', (heads) => {
    const inputs = multiHeadInputs(tokens);
    const { result, trace } = traced(() => multiHeadForward(inputs, heads));
    expect(result.shape).toEqual([tokens.length, D_MODEL]);
    const expected = reference(inputs, heads);
    result.data.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 5));
    const weights = stepNamed(trace.steps, 'weights')!.output;
    expect(weights.shape).toEqual([heads, tokens.length, tokens.length]);
    expect(stepNamed(trace.steps, 'Q_h')!.output.shape).toEqual([
      heads,
      tokens.length,
      D_MODEL / heads,
    ]);
    expect(trace.steps.map((s) => s.name)).toEqual([
      'X',
      'Q',
      'K',
      'V',
      'Q_h',
      'K_h',
      'V_h',
      'Kᵀ',
      'scores',
      'scaled',
      'weights',
      'heads',
      'concat',
      'output',
    ]);
  });

  it('uses the same seeded weights on every call', () => {
    const [a, b] = [multiHeadInputs(tokens), multiHeadInputs(['apple'])];
    expect([...a['W_O']!.data]).toEqual([...b['W_O']!.data]);
  });
});

describe('display helpers', () => {
  it('slices one head’s matrix and one head’s columns', () => {
    const stack = Float32Array.from({ length: 8 }, (_, i) => i);
    expect([...matrixAt(stack, 1, 2, 2)]).toEqual([4, 5, 6, 7]);
    const matrix = Float32Array.from({ length: 8 }, (_, i) => i);
    expect([...columnBlock(matrix, 4, 2, 2)]).toEqual([2, 3, 6, 7]);
  });

  it('labels each column by its head', () => {
    expect(headColumnLabels(4)).toEqual([
      'h1·0',
      'h1·1',
      'h2·0',
      'h2·1',
      'h3·0',
      'h3·1',
      'h4·0',
      'h4·1',
    ]);
  });
});
