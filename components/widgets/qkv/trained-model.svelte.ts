import type { HeadCapture } from '../../../src/models/head-capture';
import { Transformer } from '../../../src/models/transformer';
import type { Vocabulary } from '../../../src/text/vocabulary';
import { decodeIntervened, type IntervenedRun } from '../../../src/translation/intervened-decoding';
import {
  translationChanges,
  type TranslationChanges,
} from '../../../src/translation/translation-changes';
import { ModelJob, type Perform } from '../../translation/model-job.svelte';
import type { Playground } from './playground.svelte';
import {
  choiceKey,
  fitChoice,
  overridesFor,
  sameGrids,
  siteLabels,
  siteOf,
  stepTokens,
  trainedValues,
  type Grids,
  type Rows,
  type SiteChoice,
  type StepTokens,
} from './trained-site';
import { errorMessage } from '../../../src/lib/error-message';

/** Candidates kept per decoding step, for the top-k at the first step an edit changed. */
export const TOP_K = 5;

/** The trained Transformer's own run on the page's sentence, every site captured. */
export interface TrainedBase {
  readonly model: Transformer;
  readonly tgtVocab: Vocabulary;
  readonly source: readonly string[];
  readonly ids: readonly number[];
  readonly run: IntervenedRun;
  /** Each decoding step's input and output token. */
  readonly steps: readonly StepTokens[];
  /** The translation, a token per step until <eos>. */
  readonly target: readonly string[];
}

/** The model run again with the reader's values in one head's grids. */
export interface TrainedEdit {
  readonly run: IntervenedRun;
  readonly target: readonly string[];
  readonly changes: TranslationChanges;
  /** The edited head's weights at the chosen site. */
  readonly weights: Rows;
  /** Wall time of the re-run (TypeScript reference). */
  readonly elapsedMs: number;
  /** Counts the re-runs shown, so a page can tell a new one from the last. */
  readonly serial: number;
}

const spell = (vocabulary: Vocabulary, ids: readonly number[]) =>
  ids.map((id) => vocabulary.token(id));

// Captures need the TypeScript reference; the model job's backend choice does not apply.
const performBase: Perform<TrainedBase> = async ({ bundle }, tokens) => {
  const { model, srcVocab, tgtVocab } = bundle;
  if (!(model instanceof Transformer)) throw new Error('the model is not a Transformer');
  const ids = srcVocab.encode(tokens);
  const started = performance.now();
  const run = await decodeIntervened(model, ids, {}, { topK: TOP_K });
  const token = (id: number) => tgtVocab.token(id);
  return {
    value: {
      model,
      tgtVocab,
      source: tokens,
      ids,
      run,
      steps: stepTokens(run.decoding.steps, token),
      target: spell(tgtVocab, run.decoding.tokens),
    },
    run: { backend: 'ts', elapsedMs: performance.now() - started, fallbacks: [] },
  };
};

const copy = (rows: Rows) => rows.map((row) => [...row]);

/**
 * The playground's trained preset: the Transformer run on the page's sentence, the head the reader
 * picked shown in the grids, and the model run again whenever the grids differ from that head's
 * own values. A value the model cannot run with is refused at its cell.
 */
export class TrainedModel {
  /** Loads the model and runs it on the page's sentence. */
  readonly job = new ModelJob<TrainedBase>('transformer', performBase);
  /** The head the reader asked for (see {@link site} for the one shown). */
  choice = $state<SiteChoice>({ kind: 'encoder-self', layer: 0, head: 0, step: 0 });
  /** The last edit that ran; undefined while the grids hold the head's own values. */
  edit = $state.raw<TrainedEdit | undefined>();
  /** Why the last edit could not run; cleared by the next one that does. */
  refused = $state<string | undefined>();
  /** Whether a re-run is under way. */
  running = $state(false);
  readonly playground: Playground;
  #shown: string | undefined;
  #kept: Grids | undefined;
  #pending: Grids | undefined;
  #serial = 0;

  constructor(playground: Playground) {
    this.playground = playground;
  }

  /** The model's own run on the page's sentence, once there is one. */
  get base(): TrainedBase | undefined {
    return this.job.result;
  }

  /** The choice fitted to the model and to the sentence's translation. */
  readonly site = $derived.by((): SiteChoice => {
    const base = this.job.result;
    return base
      ? fitChoice(this.choice, base.model.config, base.run.decoding.steps.length)
      : this.choice;
  });

  /** The chosen head's own queries, keys, values and weights. */
  readonly capture = $derived.by((): HeadCapture | undefined => {
    const base = this.job.result;
    return base?.run.capture(siteOf(this.site))?.[this.site.head];
  });

  /** Row labels of the chosen site's grids. */
  readonly labels = $derived.by(() => {
    const base = this.job.result;
    return base && siteLabels(this.site, base.source, base.steps);
  });

  /** Runs the model on `text` (loading it on the first call). */
  follow(text: string): Promise<void> {
    return this.job.update(text, 'ts');
  }

  /**
   * Puts the chosen head's own values in the grids, unless they already show them; `force`
   * puts them back over any edit.
   */
  show(force = false): void {
    const [base, capture, labels] = [this.job.result, this.capture, this.labels];
    if (!base || !capture || !labels) return;
    const key = `${base.ids.join()}|${choiceKey(this.site)}`;
    if (!force && key === this.#shown && this.playground.preset === 'trained') return;
    this.#shown = key;
    this.#kept = { q: capture.queries, k: capture.keys, v: capture.values };
    this.#pending = undefined;
    this.edit = undefined;
    this.refused = undefined;
    this.playground.loadTrained(trainedValues(capture, labels));
  }

  /** Puts the model's own values back. */
  reset(): void {
    this.show(true);
  }

  /**
   * Runs the model again with the grids' current values, from the edited head on, if they changed
   * since the last run. Calls made while one runs collapse into the newest.
   */
  async apply(): Promise<void> {
    const { q, k, v } = this.playground;
    this.#pending = { q: copy(q.values), k: copy(k.values), v: copy(v.values) };
    if (this.running) return;
    this.running = true;
    try {
      while (this.#pending) {
        const grids = this.#pending;
        this.#pending = undefined;
        await this.#applyOne(grids);
      }
    } finally {
      this.running = false;
    }
  }

  async #applyOne(grids: Grids): Promise<void> {
    const [base, site, capture, shown, kept] = [
      this.job.result,
      this.site,
      this.capture,
      this.#shown,
      this.#kept,
    ];
    if (!base || !capture || !kept || this.playground.preset !== 'trained') return;
    if (sameGrids(grids, kept)) return;
    const overrides = overridesFor(site, capture, grids);
    if (overrides.length === 0) {
      [this.edit, this.refused, this.#kept] = [undefined, undefined, grids];
      return;
    }
    const started = performance.now();
    try {
      const run = await decodeIntervened(base.model, base.ids, { overrides }, { topK: TOP_K });
      if (shown !== this.#shown) return;
      this.edit = {
        run,
        target: spell(base.tgtVocab, run.decoding.tokens),
        changes: translationChanges(base.run.decoding.tokens, run.decoding.tokens),
        weights: run.capture(siteOf(site))?.[site.head]?.weights ?? [],
        elapsedMs: performance.now() - started,
        serial: ++this.#serial,
      };
      [this.refused, this.#kept] = [undefined, grids];
    } catch (error) {
      if (shown !== this.#shown) return;
      // A value the model cannot run with (one that overflows inside it, an EngineError) is bad
      // input like a typo: its cell is marked and the last values that ran stay in use.
      this.refused = errorMessage(error);
      this.playground.q.refuse(kept.q, 'refused');
      this.playground.k.refuse(kept.k, 'refused');
      this.playground.v.refuse(kept.v, 'refused');
    }
  }
}
