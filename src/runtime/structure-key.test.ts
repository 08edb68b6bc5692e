import { describe, expect, it } from 'vitest';
import { attentionForward } from '../engine/attention';
import { randn } from '../engine/init';
import { causalMask } from '../engine/masks';
import { createRng } from '../engine/random';
import { Tensor } from '../engine/tensor';
import { input, traced } from '../engine/trace';
import { matmul, mul } from '../engine';
import { structureKey } from './structure-key';

const rng = createRng(11);

function keyOf(fn: (x: Tensor) => Tensor, x: Tensor): string {
  return structureKey(traced(() => fn(input(x, 'x'))).trace);
}

describe('structureKey', () => {
  it('is the same for new input values and differs for a new shape', () => {
    const f = (q: Tensor) => attentionForward(q, q, q, { mask: causalMask(q.shape[0]!) });
    expect(keyOf(f, randn([3, 4], rng))).toBe(keyOf(f, randn([3, 4], rng)));
    expect(keyOf(f, randn([3, 4], rng))).not.toBe(keyOf(f, randn([4, 4], rng)));
  });

  it('tells small constants apart by value, even as fresh tensors each run', () => {
    const x = randn([2, 2], rng);
    const scaled = (s: number) => (t: Tensor) => mul(t, new Tensor(Float32Array.of(s), [1]));
    expect(keyOf(scaled(2), x)).toBe(keyOf(scaled(2), x));
    expect(keyOf(scaled(2), x)).not.toBe(keyOf(scaled(3), x));
  });

  it('tells parameters apart by value and recognises the same parameter again', () => {
    const [a, b] = [randn([32, 32], rng), randn([32, 32], rng)];
    const copyOfA = new Tensor(a.data.slice(), a.shape);
    const x = randn([2, 32], rng);
    const by = (w: Tensor) => (t: Tensor) => matmul(t, w);
    expect(keyOf(by(a), x)).toBe(keyOf(by(a), x));
    expect(keyOf(by(a), x)).toBe(keyOf(by(copyOfA), x));
    expect(keyOf(by(a), x)).not.toBe(keyOf(by(b), x));
  });

  it('differs when an op or its attributes differ', () => {
    const x = randn([2, 3], rng);
    const causal = (t: Tensor) => attentionForward(t, t, t, { mask: causalMask(2) });
    const plain = (t: Tensor) => attentionForward(t, t, t);
    expect(keyOf(causal, x)).not.toBe(keyOf(plain, x));
  });
});
