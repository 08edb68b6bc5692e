import { describe, expect, it } from 'vitest';
import type { Gradients } from '../autograd';
import { fromNested, parameter } from '../create';
import { expectTensor } from '../testing/assert';
import { Adam } from './adam';
import { clipGradNorm } from './clip';
import { SGD } from './sgd';

const gradsFor = (param: ReturnType<typeof parameter>, values: number[]): Gradients =>
  new Map([[param, fromNested(values)]]);

describe('optimizers (by hand)', () => {
  it('SGD steps against the gradient', () => {
    const p = parameter(fromNested([1, 2]));
    new SGD([p], { lr: 0.1 }).step(gradsFor(p, [1, -2]));
    expectTensor(p, [0.9, 2.2]);
  });

  it('SGD with momentum accumulates velocity', () => {
    const p = parameter(fromNested([0]));
    const sgd = new SGD([p], { lr: 1, momentum: 0.5 });
    sgd.step(gradsFor(p, [1]));
    sgd.step(gradsFor(p, [1]));
    // velocities 1 then 0.5·1 + 1 = 1.5, so p = 0 − 1 − 1.5
    expectTensor(p, [-2.5]);
  });

  it('Adam’s first step moves each weight by about lr, whatever the gradient scale', () => {
    const p = parameter(fromNested([1, 1]));
    new Adam([p], { lr: 0.01 }).step(gradsFor(p, [1000, -0.001]));
    // m̂ = g and v̂ = g², so the step is lr·g/(|g| + ε) ≈ ±lr
    expectTensor(p, [0.99, 1.01], 1e-6);
  });

  it('leaves parameters without a gradient untouched', () => {
    const [p, q] = [parameter(fromNested([1])), parameter(fromNested([1]))];
    new Adam([p, q]).step(gradsFor(p, [1]));
    expectTensor(q, [1]);
  });
});

describe('clipGradNorm', () => {
  it('scales all gradients by one factor when the global norm is too large', () => {
    const [p, q] = [parameter(fromNested([0, 0])), parameter(fromNested([0]))];
    const grads: Gradients = new Map([
      [p, fromNested([3, 0])],
      [q, fromNested([4])],
    ]);
    const { grads: clipped, norm } = clipGradNorm(grads, [p, q], 1);
    expect(norm).toBeCloseTo(5);
    expectTensor(clipped.get(p)!, [0.6, 0]);
    expectTensor(clipped.get(q)!, [0.8]);
    expectTensor(grads.get(p)!, [3, 0]);
  });

  it('returns the gradients unchanged when under the limit', () => {
    const p = parameter(fromNested([0]));
    const grads = gradsFor(p, [0.5]);
    expect(clipGradNorm(grads, [p], 1).grads).toBe(grads);
  });
});
