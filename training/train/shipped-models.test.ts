import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine';
import type { OrtLoadOptions } from '../../src/runtime/ort-loader';
import { createOrtSession } from '../../src/runtime/ort-session';
import { greedy } from '../../src/translation/decoding';
import { exportModelGraphs, onnxOutputName } from '../../src/translation/export-graphs';
import type { GraphSource } from '../../src/translation/model-graphs';
import { TranslationSession } from '../../src/translation/translation-session';
import { SEED_SENTENCE } from '../data/corpus';
import { renderPair } from '../data/render';
import { loadCheckpoint } from './checkpoint';
import { scorer, translateAll } from './evaluate';
import { encodePairs } from './data';
import { MODEL_FILES, type ModelCard } from '../../src/models/model-card';
import { MODEL_KINDS } from '../../src/models/model-spec';
import { MODELS_DIR } from './plan';

const ortOptions: OrtLoadOptions = {
  wasmPaths: new URL('./', import.meta.resolve('onnxruntime-web/wasm')).href,
};
const seed = renderPair(SEED_SENTENCE);
const sessions: TranslationSession[] = [];
afterAll(() => Promise.all(sessions.map((s) => s.release())));
const TIMEOUT = 120_000;

it('ships all three models in at most 3 MB of weights', () => {
  const sizes = MODEL_KINDS.map(
    (kind) => statSync(join(MODELS_DIR, kind, MODEL_FILES.weights)).size,
  );
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3 * 1024 * 1024);
});

describe.each(MODEL_KINDS)('the shipped %s model', (kind) => {
  const dir = join(MODELS_DIR, kind);
  const checkpoint = loadCheckpoint(dir);
  const card = JSON.parse(readFileSync(join(dir, MODEL_FILES.card), 'utf8')) as ModelCard;
  // The graphs the site fetches, so every test below runs the shipped files themselves.
  const graphs: GraphSource = async (graph) =>
    readFileSync(join(dir, graph === 'encoder' ? MODEL_FILES.encoder : MODEL_FILES.decoder));
  const session = new TranslationSession(checkpoint.model, { graphs, ort: ortOptions });
  sessions.push(session);

  it.each(['ts', 'wasm'] as const)(
    'translates the seed sentence to 她在吃一个绿色的苹果 on %s',
    async (backend) => {
      const ids = checkpoint.srcVocab.encode(seed.en);
      const encoded = await session.encode(ids, backend);
      const decoded = await greedy({
        start: encoded.start,
        step: session.stepper(backend),
        sourceLength: ids.length,
      });
      expect(decoded.steps.every((s) => s.backend === backend)).toBe(true);
      expect(checkpoint.tgtVocab.decode(decoded.tokens).join('')).toBe('她在吃一个绿色的苹果');
    },
    TIMEOUT,
  );

  it(
    'has a card whose scores eval reproduces (shortest and longest buckets, recomputed)',
    () => {
      const { corpus, score } = scorer(checkpoint);
      for (const bucket of [corpus.buckets[0]!, corpus.buckets.at(-1)!]) {
        const stored = card.buckets.find((b) => b.min === bucket.min && b.max === bucket.max);
        expect(stored).toEqual({ min: bucket.min, max: bucket.max, ...score(bucket.pairs) });
      }
      expect(card.parameters).toBe(
        [...checkpoint.model.parameters().values()].reduce((n, t) => n + t.size, 0),
      );
    },
    TIMEOUT,
  );

  it(
    'decodes test sentences one by one exactly as the batched evaluation does',
    async () => {
      const { corpus } = scorer(checkpoint);
      const dataset = { corpus, srcVocab: checkpoint.srcVocab, tgtVocab: checkpoint.tgtVocab };
      const examples = encodePairs(dataset, corpus.test.slice(0, 12));
      const batched = translateAll(checkpoint.model, examples);
      for (const [i, { src }] of examples.entries()) {
        const encoded = await session.encode(src, 'ts');
        const single = await greedy({
          start: encoded.start,
          step: session.stepper('ts'),
          sourceLength: src.length,
        });
        expect(single.tokens).toEqual(batched[i]);
      }
    },
    TIMEOUT,
  );

  it(
    'ships ONNX graphs that a fresh export reproduces and ORT runs like TypeScript',
    async () => {
      const ids = checkpoint.srcVocab.encode(seed.en);
      const fresh = exportModelGraphs(
        checkpoint.model,
        ids,
        checkpoint.tgtVocab.encode(seed.zh)[0]!,
      );
      for (const [graph, file, inputs, run] of [
        ['encoder', MODEL_FILES.encoder, fresh.encoderInputs, checkpoint.model.encodeGraph],
        ['decoder', MODEL_FILES.decoder, fresh.decoderInputs, checkpoint.model.decodeGraph],
      ] as const) {
        const shipped = new Uint8Array(readFileSync(join(dir, file)));
        expect(shipped, graph).toEqual(fresh[graph]);
        const runner = await createOrtSession(shipped, 'wasm', ortOptions);
        const feeds = Object.fromEntries(
          Object.entries(inputs).map(([name, t]) => [name, { data: t.data, shape: t.shape }]),
        );
        const outputs = await runner.run(feeds);
        await runner.release();
        const expected = run.call(checkpoint.model, inputs) as Readonly<Record<string, Tensor>>;
        for (const [name, tensor] of Object.entries(expected)) {
          const got = outputs[onnxOutputName(name, inputs)]!.data;
          const diff = tensor.data.reduce((m, v, i) => Math.max(m, Math.abs(v - got[i]!)), 0);
          expect(diff, `${graph} output ${name}`).toBeLessThan(1e-4);
        }
      }
    },
    TIMEOUT,
  );
});
