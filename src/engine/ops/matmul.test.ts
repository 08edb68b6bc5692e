import { describe, expect, it } from 'vitest';
import { fromNested } from '../create';
import { EngineError } from '../errors';
import { stridesOf } from '../shape';
import type { Tensor } from '../tensor';
import { expectTensor, expectValues } from '../testing/assert';
import { random } from '../testing/random';
import { matmul } from './matmul';

/** Triple-loop product of one [m, k] and one [k, n] matrix stored at the given offsets. */
function naiveMatmul(a: Tensor, b: Tensor, aAt: number, bAt: number): number[] {
  const [m, k] = a.shape.slice(-2) as [number, number];
  const n = b.shape[b.rank - 1]!;
  const out: number[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let total = 0;
      for (let p = 0; p < k; p++) total += a.data[aAt + i * k + p]! * b.data[bAt + p * n + j]!;
      out.push(total);
    }
  }
  return out;
}

describe('matmul', () => {
  it('multiplies 2×3 by 3×2 (by hand)', () => {
    const a = fromNested([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const b = fromNested([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    // [1·7+2·9+3·11, 1·8+2·10+3·12] = [58, 64]; [4·7+5·9+6·11, 4·8+5·10+6·12] = [139, 154]
    expectTensor(matmul(a, b), [
      [58, 64],
      [139, 154],
    ]);
  });

  it.each([
    [1, 1, 1],
    [4, 4, 4],
    [5, 7, 3],
    [9, 2, 10],
    [17, 33, 6],
  ])('matches a naive triple loop for %i×%i by %i×…', (m, k, n) => {
    const [a, b] = [random([m, k]), random([k, n])];
    expectValues(matmul(a, b).data, naiveMatmul(a, b, 0, 0), 1e-4);
  });

  it('broadcasts leading batch axes', () => {
    const [a, b] = [random([2, 1, 3, 4]), random([3, 4, 5])];
    const out = matmul(a, b);
    expect(out.shape).toEqual([2, 3, 3, 5]);
    const outStrides = stridesOf(out.shape);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 3; j++) {
        const expected = naiveMatmul(a, b, i * 12, j * 20);
        const at = i * outStrides[0]! + j * outStrides[1]!;
        expectValues(out.data.subarray(at, at + 15), expected, 1e-4);
      }
    }
  });

  it('rejects mismatched inner dimensions, naming op and shapes', () => {
    const run = () => matmul(random([2, 3]), random([4, 5]));
    expect(run).toThrow(EngineError);
    expect(run).toThrow('matmul: inner dimensions differ: 3 vs 4 (shapes: [2,3], [4,5])');
  });

  it('rejects rank-1 inputs and unbroadcastable batches', () => {
    expect(() => matmul(random([3]), random([3, 2]))).toThrow(/rank >= 2/);
    expect(() => matmul(random([2, 3, 4]), random([3, 4, 5]))).toThrow(/batch dimensions/);
  });
});
