import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { greedy } from '../src/translation/decoding';
import { modelFromBytes } from '../src/models/model-bundle';
import { TranslationSession } from '../src/translation/translation-session';
import { SEED_SENTENCE } from '../training/data/corpus';
import { renderPair } from '../training/data/render';
import { BOS_ID } from '../src/text/vocabulary';
import type { ModelKind } from '../src/models/seq2seq';
import { MODEL_FILES } from '../src/models/model-card';
import { MODELS_DIR } from '../training/train/plan';
import { ortOptions } from './ort';
import { measure } from './timing';

/** Per model and backend: time to a first translation from the weights' bytes, and one step. */
export interface DecodingResult {
  readonly kind: ModelKind;
  readonly backend: 'ts' | 'wasm';
  /** Parse the weights, build the session, encode and greedily decode the seed sentence. */
  readonly firstTranslationMs: number;
  /** Median of one decoder step (the Transformer's with its key/value cache), all outputs read. */
  readonly stepMs: number;
  /** Median of the backend's own run inside a step (ORT only; equals stepMs on ts). */
  readonly backendStepMs: number;
}

const BUDGET = { warmupMs: 300, timeMs: 1500, minReps: 20, maxReps: 2000 };

/** Times the shipped models on `ts` and ORT `wasm` in Node. */
export async function benchDecoding(kinds: readonly ModelKind[]): Promise<DecodingResult[]> {
  const results: DecodingResult[] = [];
  const { en } = renderPair(SEED_SENTENCE);
  for (const kind of kinds) {
    const bytes = new Uint8Array(readFileSync(join(MODELS_DIR, kind, MODEL_FILES.weights)));
    for (const backend of ['ts', 'wasm'] as const) {
      const started = performance.now();
      const bundle = modelFromBytes(bytes);
      const session = new TranslationSession(bundle.model, { ort: ortOptions });
      const ids = bundle.srcVocab.encode(en);
      const encoded = await session.encode(ids, backend);
      const step = session.stepper(backend);
      await greedy({ start: encoded.start, step, sourceLength: ids.length });
      const firstTranslationMs = performance.now() - started;
      let backendMs = 0;
      let calls = 0;
      const timing = await measure(async () => {
        backendMs += (await step(encoded.start, BOS_ID)).elapsedMs;
        calls++;
      }, BUDGET);
      results.push({
        kind,
        backend,
        firstTranslationMs,
        stepMs: timing.medianMs,
        backendStepMs: backendMs / calls,
      });
      await session.release();
    }
  }
  return results;
}
