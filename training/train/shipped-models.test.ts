import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine';
import type { OrtLoadOptions } from '../../src/runtime/ort-loader';
import { createOrtSession } from '../../src/runtime/ort-session';
import { greedy } from '../../src/translation/decoding';
import { exportModelGraphs, onnxOutputName } from '../../src/translation/export-graphs';
import { exportedGraphs } from '../../src/translation/model-graphs';
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

it('ships all three models in at most 4 MB of weights, each at most 2 MB gzipped', () => {
  const files = MODEL_KINDS.map((kind) =>
    readFileSync(join(MODELS_DIR, kind, MODEL_FILES.weights)),
  );
  const total = files.reduce((n, bytes) => n + bytes.length, 0);
  const gzipped = files.map((bytes) => gzipSync(bytes, { level: 9 }).length);
  console.log(`weights: ${total} bytes; gzipped per model ${gzipped.join(', ')}`);
  expect(total).toBeLessThanOrEqual(4 * 1024 * 1024);
  for (const size of gzipped) expect(size).toBeLessThanOrEqual(2 * 1024 * 1024);
});

describe.each(MODEL_KINDS)('the shipped %s model', (kind) => {
  const dir = join(MODELS_DIR, kind);
  const checkpoint = loadCheckpoint(dir);
  const card = JSON.parse(readFileSync(join(dir, MODEL_FILES.card), 'utf8')) as ModelCard;
  // The graphs the page exports from the shipped weights.
  const session = new TranslationSession(checkpoint.model, {
    graphs: exportedGraphs(checkpoint.model),
    ort: ortOptions,
  });
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
    'exports ONNX graphs that ORT runs like TypeScript',
    async () => {
      const ids = checkpoint.srcVocab.encode(seed.en);
      const fresh = exportModelGraphs(
        checkpoint.model,
        ids,
        checkpoint.tgtVocab.encode(seed.zh)[0]!,
      );
      for (const [graph, inputs, run] of [
        ['encoder', fresh.encoderInputs, checkpoint.model.encodeGraph],
        ['decoder', fresh.decoderInputs, checkpoint.model.decodeGraph],
      ] as const) {
        const runner = await createOrtSession(fresh[graph], 'wasm', ortOptions);
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
