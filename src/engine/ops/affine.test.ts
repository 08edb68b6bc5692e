import { describe, expect, it } from 'vitest';
import { add, backward, createRng, matmul, mul, parameter, randn, sum, type Tensor } from '..';
import { affine } from './affine';

describe('affine op', () => {
  it('matches matmul + add in value and in every gradient', () => {
    const rng = createRng(4);
    const [x, w, b] = [randn([5, 3], rng), randn([3, 6], rng), randn([6], rng)].map((t) =>
      parameter(t),
    );
    const probe = randn([5, 6], rng);
    const gradients = (y: Tensor) => backward(sum(mul(y, probe)));
    const fused = affine(x!, w!, b!);
    const composed = add(matmul(x!, w!), b!);
    fused.data.forEach((v, i) => expect(v).toBeCloseTo(composed.data[i]!, 5));
    const [g1, g2] = [gradients(fused), gradients(composed)];
    for (const p of [x!, w!, b!]) {
      g1.get(p)!.data.forEach((v, i) => expect(v).toBeCloseTo(g2.get(p)!.data[i]!, 5));
    }
  });

  it('rejects mismatched shapes', () => {
    const rng = createRng(1);
    expect(() => affine(randn([2, 3], rng), randn([4, 5], rng), randn([5], rng))).toThrow(/affine/);
  });
});
