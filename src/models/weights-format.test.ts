import { describe, expect, it } from 'vitest';
import { createRng, noGrad, randn, tensor, type Tensor } from '../engine';
import { tinyCorpus, tinyModels } from './test-fixtures';
import { fromFloat16Bits, toFloat16Bits } from './float16';
import { decodeWeights, encodeWeights, loadInto } from './weights-format';

const rng = createRng(11);
const tensors = new Map<string, Tensor>([
  ['embedding', randn([7, 3], rng)],
  ['layer.W', randn([3, 5], rng, 0.1)],
  ['layer.b', tensor([1, -2, 0.5, 1e-7, -0], [5])],
  ['scalar', tensor([Math.PI], [])],
]);

describe('weights format', () => {
  it('round-trips float32 tensors bit for bit, with names, shapes, order and metadata', () => {
    const metadata = { spec: { kind: 'gru', hidden: 8 }, vocab: ['<pad>', '她'] };
    const bytes = encodeWeights(tensors, { metadata });
    const decoded = decodeWeights(bytes);
    expect(decoded.metadata).toEqual(metadata);
    expect(decoded.dtype).toBe('float32');
    expect([...decoded.tensors.keys()]).toEqual([...tensors.keys()]);
    for (const [name, t] of tensors) {
      expect(decoded.tensors.get(name)!.shape).toEqual(t.shape);
      expect(decoded.tensors.get(name)!.data).toEqual(t.data);
    }
  });

  it('stores float16 at half the size, within half-precision rounding', () => {
    const full = encodeWeights(tensors);
    const half = encodeWeights(tensors, { dtype: 'float16' });
    expect(half.length).toBeLessThan(full.length);
    const decoded = decodeWeights(half).tensors;
    for (const [name, t] of tensors) {
      t.data.forEach((v, i) => {
        const got = decoded.get(name)!.data[i]!;
        expect(Math.abs(got - v)).toBeLessThanOrEqual(Math.max(Math.abs(v) * 2 ** -11, 2 ** -24));
      });
    }
  });

  it('converts half-precision edge cases exactly', () => {
    for (const v of [0, 1, -2, 0.5, 65504, 2 ** -14, 2 ** -24, 1 + 2 ** -10]) {
      expect(fromFloat16Bits(toFloat16Bits(v))).toBe(v);
    }
    expect(fromFloat16Bits(toFloat16Bits(1e6))).toBe(Infinity);
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(toFloat16Bits(1)); // tie rounds to even
  });

  it('rejects files that are not weights and truncated data', () => {
    expect(() => decodeWeights(new Uint8Array(16))).toThrow(/not an ACW1/);
    const bytes = encodeWeights(tensors);
    expect(() => decodeWeights(bytes.subarray(0, bytes.length - 4))).toThrow(/truncated/);
  });

  it('restores a model that computes exactly what the saved one did', () => {
    const corpus = tinyCorpus(4, 5);
    const saved = tinyModels(corpus.srcVocab, corpus.tgtVocab).attention!;
    saved.parameters().get('decoder.output.W')!.data[0] = 42;
    const restored = tinyModels(corpus.srcVocab, corpus.tgtVocab).attention!;
    loadInto(restored.parameters(), decodeWeights(encodeWeights(saved.parameters())).tensors);
    const [a, b] = noGrad(() => [saved, restored].map((m) => m.logits(corpus.src, corpus.tgt)));
    expect(b!.data).toEqual(a!.data);
  });
});
