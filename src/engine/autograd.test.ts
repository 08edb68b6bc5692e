import { describe, expect, it } from 'vitest';
import { backward } from './autograd';
import { noGrad } from './context';
import { fromNested, parameter } from './create';
import { EngineError } from './errors';
import { add } from './ops/add';
import { matmul } from './ops/matmul';
import { mul } from './ops/mul';
import { sum } from './ops/sum';
import { tanh } from './ops/tanh';
import { expectTensor } from './testing/assert';

describe('backward', () => {
  it('sums gradients of a tensor used twice: d(Σx·x)/dx = 2x', () => {
    const x = parameter(fromNested([1, -2, 3]));
    expectTensor(backward(sum(mul(x, x))).get(x)!, [2, -4, 6]);
  });

  it('chains through a small network (by hand)', () => {
    // y = tanh(w·x + b) with w·x + b = 0, so dy/dw = x·(1 − 0²) = x and dy/db = 1.
    const w = parameter(fromNested([[2, -1]]));
    const b = parameter(fromNested([[0]]));
    const x = fromNested([[1], [2]]);
    const grads = backward(sum(tanh(add(matmul(w, x), b))));
    expectTensor(grads.get(w)!, [[1, 2]]);
    expectTensor(grads.get(b)!, [[1]]);
    expect(grads.has(x)).toBe(false);
  });

  it('uses an explicit seed gradient for non-scalar roots', () => {
    const x = parameter(fromNested([1, 2]));
    const grads = backward(mul(x, fromNested([3, 4])), fromNested([1, 10]));
    expectTensor(grads.get(x)!, [3, 40]);
  });

  it('records nothing under noGrad', () => {
    const x = parameter(fromNested([1, 2]));
    const y = noGrad(() => mul(x, x));
    expect(y.requiresGrad).toBe(false);
    expect(y.creator).toBeUndefined();
    expect(() => backward(sum(y))).toThrow(EngineError);
  });

  it('rejects a non-scalar root without a seed', () => {
    const x = parameter(fromNested([1, 2]));
    expect(() => backward(mul(x, x))).toThrow(/needs a seed gradient/);
  });
});

describe('backward, gradient sums', () => {
  it('adds in place only into sums it allocated, never into a gradient an op shares', () => {
    // add(a, b) hands one gradient tensor to both a and b, and is differentiated first; b's
    // gradient must not change when a's then grows by the terms from a·a.
    const [a, b] = [parameter(fromNested([1, 2])), parameter(fromNested([3, 4]))];
    const grads = backward(sum(add(mul(a, a), add(a, b))));
    expectTensor(grads.get(b)!, [1, 1]);
    expectTensor(grads.get(a)!, [3, 5]);
  });
});
