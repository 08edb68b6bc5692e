import { afterAll, describe, expect, it } from 'vitest';
import { greedy } from '../translation/decoding';
import { exportedGraphs } from '../translation/model-graphs';
import { TranslationSession } from '../translation/translation-session';
import { attentionWeight, SEED_TOKENS } from './attention-facts';
import { shippedBundle } from './shipped';

const ort = { wasmPaths: new URL('./', import.meta.resolve('onnxruntime-web/wasm')).href };
const sessions: TranslationSession[] = [];
afterAll(() => Promise.all(sessions.map((s) => s.release())));
const TIMEOUT = 120_000;

/** A session on the model's ONNX graphs, run by ORT's WebAssembly build: a second path. */
function ortSession(kind: 'attention' | 'transformer') {
  const { model } = shippedBundle(kind);
  const session = new TranslationSession(model, { graphs: exportedGraphs(model), ort });
  sessions.push(session);
  return session;
}

describe('attention facts on the seed sentence', () => {
  it(
    'reads the attention GRU weight of 在 on "is" as ORT computes it from the exported graph',
    async () => {
      const bundle = shippedBundle('attention');
      const session = ortSession('attention');
      const ids = bundle.srcVocab.encode(['she', 'is', 'eating', 'a', 'green', 'apple']);
      const encoded = await session.encode(ids, 'wasm');
      const decoded = await greedy({
        start: encoded.start,
        step: session.stepper('wasm'),
        sourceLength: ids.length,
      });
      expect(decoded.steps.every((s) => s.backend === 'wasm')).toBe(true);
      // 她 在 …: 在 is written at step 1; "is" is source position 1. One layer, one head.
      expect(bundle.tgtVocab.token(decoded.steps[1]!.chosen)).toBe('在');
      const weights = decoded.steps[1]!.outputs['decoder.0.crossWeights']!.data;
      const fact = await attentionWeight(bundle, SEED_TOKENS, {
        attention: 'cross',
        from: '在',
        to: 'is',
      });
      expect(fact).toBeCloseTo(weights[1]!, 4);
    },
    TIMEOUT,
  );

  it(
    'reads a Transformer encoder head weight as ORT computes it from the exported graph',
    async () => {
      const bundle = shippedBundle('transformer');
      const session = ortSession('transformer');
      const ids = bundle.srcVocab.encode([...SEED_TOKENS]);
      const encoded = await session.encode(ids, 'wasm');
      expect(encoded.backend).toBe('wasm');
      const weights = encoded.outputs['encoder.1.selfWeights']!;
      const [, , rows, width] = weights.shape as [number, number, number, number];
      // Layer 2, head 3 (index 2), query "eating" (row 2), key "apple" (column 5).
      const expected = weights.data[(2 * rows + 2) * width + 5]!;
      const fact = await attentionWeight(bundle, SEED_TOKENS, {
        attention: 'encoder',
        layer: 2,
        head: 3,
        from: 'eating',
        to: 'apple',
      });
      expect(fact).toBeCloseTo(expected, 4);
    },
    TIMEOUT,
  );

  it('averages over heads when no head is named, and refuses words not in the sentence', async () => {
    const bundle = shippedBundle('transformer');
    const heads = await Promise.all(
      [1, 2, 3, 4].map((head) =>
        attentionWeight(bundle, SEED_TOKENS, {
          attention: 'cross',
          head,
          from: '苹果',
          to: 'apple',
        }),
      ),
    );
    const mean = await attentionWeight(bundle, SEED_TOKENS, {
      attention: 'cross',
      from: '苹果',
      to: 'apple',
    });
    expect(mean).toBeCloseTo(heads.reduce((a, b) => a + b, 0) / 4, 6);
    await expect(
      attentionWeight(bundle, SEED_TOKENS, { attention: 'cross', from: '狗', to: 'apple' }),
    ).rejects.toThrow(RangeError);
    await expect(
      attentionWeight(bundle, SEED_TOKENS, {
        attention: 'encoder',
        layer: 3,
        from: 'she',
        to: 'is',
      }),
    ).rejects.toThrow(RangeError);
  });
});
