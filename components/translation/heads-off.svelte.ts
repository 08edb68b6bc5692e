import type { ModelBundle } from '../../src/models/model-bundle';
import type { HeadRef } from '../../src/models/interventions';
import { Transformer } from '../../src/models/transformer';
import type { TokenPair } from '../../src/learn/slice-file';
import {
  ABLATION_SAMPLE_FILE,
  encodeSample,
  parseAblationSample,
} from '../../src/translation/ablation-sample';
import { exactMatchWithHeadsOff } from '../../src/translation/head-ablation';
import { decodeIntervened, type IntervenedRun } from '../../src/translation/intervened-decoding';
import { modelUrl } from '../../src/translation/load-model';
import {
  translationChanges,
  type TranslationChanges,
} from '../../src/translation/translation-changes';
import { AblationAccuracy, type AccuracyScorer } from './ablation-accuracy.svelte';
import { HeadSwitches } from './head-switches.svelte';
import { ModelJob, type LoadedModel } from './model-job.svelte';
import { loadModel } from './models';

/** The page's sentence translated by the trained Transformer, with every head on and as switched. */
export interface HeadsOffTranslation {
  readonly source: readonly string[];
  /** The heads off in `edited`, and their {@link HeadSwitches.key}. */
  readonly headsOff: readonly HeadRef[];
  readonly key: string;
  /** With every head on. */
  readonly original: IntervenedRun;
  /** With `headsOff` switched off (the same run as `original` when none is). */
  readonly edited: IntervenedRun;
  readonly originalWords: readonly string[];
  readonly editedWords: readonly string[];
  readonly changes: TranslationChanges;
}

// Sentences translated between two yields to the page: short enough that scoring the sample
// never holds the main thread for long.
const CHUNK = 5;

let sample: Promise<TokenPair[]> | undefined;

/** The shipped ablation sample, fetched once per page; a failed fetch is tried again next time. */
function fetchSample(): Promise<TokenPair[]> {
  sample ??= fetch(modelUrl('transformer', ABLATION_SAMPLE_FILE, import.meta.env.BASE_URL))
    .then(async (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      return parseAblationSample(await response.json());
    })
    .catch((error: unknown) => {
      sample = undefined;
      throw error;
    });
  return sample;
}

function transformerOf(bundle: ModelBundle): Transformer {
  if (!(bundle.model instanceof Transformer)) throw new TypeError('not a Transformer');
  return bundle.model;
}

/**
 * Switching heads of the shipped Transformer off: which heads are off (once the model has
 * loaded), the page's sentence translated with them off, and the accuracy on the sample. All of
 * it runs on the TypeScript reference, the one backend that can switch a head off.
 */
export class HeadsOffState {
  /** The switches, once the model is loaded. */
  switches = $state.raw<HeadSwitches | undefined>();
  /** The page's sentence with the heads now off. */
  readonly job = new ModelJob<HeadsOffTranslation>('transformer', (model, tokens) =>
    this.#translate(model, tokens),
  );
  /** Exact match on the shipped sample with the heads now off. */
  readonly accuracy = new AblationAccuracy(() => this.#scorer());
  #original: { sentence: string; run: IntervenedRun } | undefined;

  async #translate({ bundle }: LoadedModel, tokens: readonly string[]) {
    const started = performance.now();
    const model = transformerOf(bundle);
    this.switches ??= new HeadSwitches(model.config);
    const { off: headsOff, key } = this.switches;
    const ids = bundle.srcVocab.encode(tokens);
    const sentence = tokens.join(' ');
    if (this.#original?.sentence !== sentence)
      this.#original = { sentence, run: await decodeIntervened(model, ids) };
    const original = this.#original.run;
    const edited =
      headsOff.length === 0 ? original : await decodeIntervened(model, ids, { headsOff });
    const value: HeadsOffTranslation = {
      source: tokens,
      headsOff,
      key,
      original,
      edited,
      originalWords: bundle.tgtVocab.decode(original.decoding.tokens),
      editedWords: bundle.tgtVocab.decode(edited.decoding.tokens),
      changes: translationChanges(original.decoding.tokens, edited.decoding.tokens),
    };
    const run = { backend: 'ts' as const, elapsedMs: performance.now() - started, fallbacks: [] };
    return { value, run };
  }

  async #scorer(): Promise<AccuracyScorer> {
    const [bundle, pairs] = await Promise.all([loadModel('transformer'), fetchSample()]);
    const model = transformerOf(bundle);
    const encoded = encodeSample(pairs, bundle.srcVocab, bundle.tgtVocab);
    return {
      used: encoded.pairs.length,
      skipped: encoded.skipped,
      score: (headsOff, options) =>
        exactMatchWithHeadsOff(model, encoded.pairs, headsOff, { ...options, chunkSize: CHUNK }),
    };
  }
}
