import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { greedy } from '../src/translation/decoding';
import { modelFromBytes } from '../src/models/model-bundle';
import { exportedGraphs } from '../src/translation/model-graphs';
import { TranslationSession } from '../src/translation/translation-session';
import { SEED_SENTENCE } from '../training/data/corpus';
import { renderPair } from '../training/data/render';
import { BOS_ID } from '../src/text/vocabulary';
import type { ModelKind } from '../src/models/seq2seq';
import { MODEL_FILES } from '../src/models/model-card';
import { MODELS_DIR } from '../training/train/plan';
import { ortOptions } from './ort';
import { measure } from './timing';

/** Per model and backend: a first translation, the encoder, one decoder step, and ORT's share. */
export interface DecodingResult {
  readonly kind: ModelKind;
  readonly backend: 'ts' | 'wasm';
  /** Parse the weights, build the session, encode and greedily decode the seed sentence. */
  readonly firstTranslationMs: number;
  /** Median of one encoder run on the seed sentence. */
  readonly encoderMs: number;
  /** Median of one decoder step (the Transformer's with its key/value cache), all outputs read. */
  readonly stepMs: number;
  /** Mean of ORT's own `run()` inside a step (absent on ts). */
  readonly ortStepMs?: number;
  /** Median of the whole seed-sentence translation once the model is loaded. */
  readonly translationMs: number;
  /** Graphs compiled and sessions created over all of the above. */
  readonly sessions: number;
}

const BUDGET = { warmupMs: 300, timeMs: 1500, minReps: 20, maxReps: 2000 };

/** Times the shipped models, with graphs exported from their weights, on `ts` and ORT `wasm` in Node. */
export async function benchDecoding(kinds: readonly ModelKind[]): Promise<DecodingResult[]> {
  const results: DecodingResult[] = [];
  const { en } = renderPair(SEED_SENTENCE);
  for (const kind of kinds) {
    const dir = join(MODELS_DIR, kind);
    const bytes = new Uint8Array(readFileSync(join(dir, MODEL_FILES.weights)));
    for (const backend of ['ts', 'wasm'] as const) {
      const started = performance.now();
      const bundle = modelFromBytes(bytes);
      const session = new TranslationSession(bundle.model, {
        graphs: exportedGraphs(bundle.model),
        ort: ortOptions,
      });
      const ids = bundle.srcVocab.encode(en);
      const translate = async () => {
        const encoded = await session.encode(ids, backend);
        return greedy({
          start: encoded.start,
          step: session.stepper(backend),
          sourceLength: ids.length,
        });
      };
      await translate();
      const firstTranslationMs = performance.now() - started;
      const encoder = await measure(() => session.encode(ids, backend), BUDGET);
      const { start } = await session.encode(ids, backend);
      const step = session.stepper(backend);
      let ortMs = 0;
      let calls = 0;
      const stepTiming = await measure(async () => {
        ortMs += (await step(start, BOS_ID)).ortMs ?? 0;
        calls++;
      }, BUDGET);
      const translation = await measure(translate, { ...BUDGET, minReps: 10 });
      results.push({
        kind,
        backend,
        firstTranslationMs,
        encoderMs: encoder.medianMs,
        stepMs: stepTiming.medianMs,
        ...(backend === 'ts' ? {} : { ortStepMs: ortMs / calls }),
        translationMs: translation.medianMs,
        sessions: session.counts.sessions,
      });
      await session.release();
    }
  }
  return results;
}
