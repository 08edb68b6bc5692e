import { afterAll, describe, expect, it } from 'vitest';
import { noGrad } from '../engine';
import type { OrtLoadOptions } from '../runtime/ort-loader';
import { BOS_ID } from '../text/vocabulary';
import { tinyCorpus, tinyModels } from '../models/test-fixtures';
import { TranslationSession } from './translation-session';

const corpus = tinyCorpus(8, 6);
const models = tinyModels(corpus.srcVocab, corpus.tgtVocab);
const ortOptions: OrtLoadOptions = {
  wasmPaths: new URL('./', import.meta.resolve('onnxruntime-web/wasm')).href,
};
const sessions: TranslationSession[] = [];
afterAll(() => Promise.all(sessions.map((s) => s.release())));

/** Largest |a − b| over two equally long arrays. */
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  return Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);
};

describe.each(Object.entries(models))('%s as single-sentence graphs', (kind, model) => {
  const session = new TranslationSession(model, { ort: ortOptions });
  sessions.push(session);
  const [src, tgt] = [corpus.src[0]!, corpus.tgt[0]!];

  it('gives, step by step on the padded sentence, the teacher-forced logits of the batch path', async () => {
    const expected = noGrad(() => model.logits([src], [tgt]));
    const vocab = expected.shape[2]!;
    const encoded = await session.encode(src, 'ts');
    const step = session.stepper('ts');
    let state = encoded.start;
    for (const [t, token] of [BOS_ID, ...tgt].entries()) {
      const result = await step(state, token);
      const row = expected.data.subarray(t * vocab, (t + 1) * vocab);
      // The Transformer here uses its key/value cache; the batch path recomputes every prefix.
      expect(maxDiff(result.logits, row), `${kind} position ${t}`).toBeLessThan(1e-4);
      state = result.next;
    }
  });

  it('computes the same outputs on ORT wasm as in TypeScript, within 1e-4', async () => {
    const [reference, ort] = [await session.encode(src, 'ts'), await session.encode(src, 'wasm')];
    expect(ort.fallbacks).toEqual([]);
    expect(ort.backend).toBe('wasm');
    for (const [name, tensor] of Object.entries(reference.outputs))
      expect(maxDiff(ort.outputs[name]!.data, tensor.data), name).toBeLessThan(1e-4);
    const [a, b] = [
      await session.stepper('ts')(reference.start, BOS_ID),
      await session.stepper('wasm')(ort.start, BOS_ID),
    ];
    expect(b.backend).toBe('wasm');
    expect(maxDiff(b.logits, a.logits)).toBeLessThan(1e-4);
    expect(maxDiff(b.probabilities, a.probabilities)).toBeLessThan(1e-4);
  }, 120_000);

  it('refuses an empty or over-long source', async () => {
    await expect(session.encode([], 'ts')).rejects.toThrow(RangeError);
    await expect(session.encode(Array(33).fill(4), 'ts')).rejects.toThrow(/1 to 32 tokens/);
  });
});
