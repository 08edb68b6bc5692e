import { describe, expect, it } from 'vitest';
import { fromNested, scalar } from '../create';
import { expectTensor, expectValues } from '../testing/assert';
import { random, randomAwayFromZero } from '../testing/random';
import { add } from './add';
import { div } from './div';
import { exp } from './exp';
import { gelu } from './gelu';
import { log } from './log';
import { mul } from './mul';
import { relu } from './relu';
import { scale } from './scale';
import { sigmoid } from './sigmoid';
import { sub } from './sub';
import { tanh } from './tanh';

const rows = fromNested([
  [1, 2, 3],
  [4, 5, 6],
]);

describe('binary ops with broadcasting (by hand)', () => {
  it('adds a row bias to every row', () => {
    expectTensor(add(rows, fromNested([10, 20, 30])), [
      [11, 22, 33],
      [14, 25, 36],
    ]);
  });

  it('subtracts a column from every column', () => {
    expectTensor(sub(rows, fromNested([[1], [4]])), [
      [0, 1, 2],
      [0, 1, 2],
    ]);
  });

  it('broadcasts both operands: [2,1] * [3] → [2,3]', () => {
    expectTensor(mul(fromNested([[2], [3]]), fromNested([1, 10, 100])), [
      [2, 20, 200],
      [3, 30, 300],
    ]);
  });

  it('divides by a scalar tensor', () => {
    expectTensor(div(rows, scalar(2)), [
      [0.5, 1, 1.5],
      [2, 2.5, 3],
    ]);
  });

  it('scales by a constant', () => {
    expectTensor(scale(rows, -0.5), [
      [-0.5, -1, -1.5],
      [-2, -2.5, -3],
    ]);
  });

  it('matches nested loops for random [2,3,4] ÷ [3,1]', () => {
    const [a, b] = [random([2, 3, 4]), randomAwayFromZero([3, 1], 0.5)];
    const expected: number[] = [];
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 3; j++) {
        for (let k = 0; k < 4; k++) expected.push(a.get(i, j, k) / b.get(j, 0));
      }
    }
    expectValues(div(a, b).data, expected, 1e-6);
  });

  it('rejects shapes that do not broadcast', () => {
    expect(() => add(rows, fromNested([1, 2]))).toThrow(
      'add: shapes do not broadcast (shapes: [2,3], [2])',
    );
  });
});

describe('unary ops (by hand)', () => {
  const x = fromNested([-2, 0, 1]);

  it('relu clips negatives', () => expectTensor(relu(x), [0, 0, 1]));
  it('tanh', () => expectTensor(tanh(x), [-0.9640276, 0, 0.7615942]));
  it('sigmoid', () => expectTensor(sigmoid(x), [0.1192029, 0.5, 0.7310586]));
  it('sigmoid stays finite for huge inputs', () =>
    expectTensor(sigmoid(fromNested([-1e4, 1e4])), [0, 1]));
  it('exp', () => expectTensor(exp(x), [0.1353353, 1, 2.7182818], 1e-6));
  it('log', () => expectTensor(log(fromNested([1, Math.E, 0.5])), [0, 1, -0.6931472]));
  it('log rejects non-positive inputs', () =>
    expect(() => log(x)).toThrow(/log: input -2 .* is not positive/));

  it('gelu uses the tanh approximation', () => {
    // 0.5·x·(1 + tanh(√(2/π)(x + 0.044715x³))): at 1 → 0.5·(1 + tanh(0.8335)) = 0.841192
    expectTensor(gelu(x), [-0.0454023, 0, 0.841192]);
  });
});
