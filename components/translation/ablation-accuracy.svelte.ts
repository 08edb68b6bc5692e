import { SvelteMap } from 'svelte/reactivity';
import type { HeadRef } from '../../src/models/interventions';
import type { AblationOptions } from '../../src/translation/head-ablation';
import { errorMessage } from '../../src/lib/error-message';

/** How many of the sample's sentences the model translated exactly. */
export interface AccuracyFigure {
  readonly exact: number;
  readonly total: number;
}

/** The sample ready to score: its size, what was left out, and the scoring itself. */
export interface AccuracyScorer {
  /** Pairs of the sample the model can read. */
  readonly used: number;
  /** Pairs left out (a word the model does not know). */
  readonly skipped: number;
  score(headsOff: readonly HeadRef[], options: AblationOptions): Promise<AccuracyFigure>;
}

/**
 * The exact-match accuracy on the shipped sample for the heads the reader has switched off: one
 * computation at a time, with progress; asking for another set cancels the running one, and a set
 * already scored is shown again at once.
 */
export class AblationAccuracy {
  /** The figure for the set last asked for, once scored. */
  current = $state.raw<AccuracyFigure | undefined>();
  /** The figure with every head on, once scored. */
  baseline = $state.raw<AccuracyFigure | undefined>();
  /** Sentences translated by the running computation; undefined when none runs. */
  progress = $state.raw<{ readonly done: number; readonly total: number } | undefined>();
  /** The sample's pairs used and left out, once loaded. */
  sample = $state.raw<{ readonly used: number; readonly skipped: number } | undefined>();
  /** Why the sample or the model could not be loaded, or the scoring failed. */
  error = $state<string | undefined>();
  readonly #prepare: () => Promise<AccuracyScorer>;
  #scorer: Promise<AccuracyScorer> | undefined;
  readonly #scored = new SvelteMap<string, AccuracyFigure>();
  #running: AbortController | undefined;

  constructor(prepare: () => Promise<AccuracyScorer>) {
    this.#prepare = prepare;
  }

  /** Shows the accuracy with `headsOff` switched off (named by `key`), scoring it if needed. */
  async show(headsOff: readonly HeadRef[], key: string): Promise<void> {
    this.#running?.abort();
    const controller = new AbortController();
    this.#running = controller;
    const known = this.#scored.get(key);
    this.current = known;
    this.progress = known ? undefined : { done: 0, total: this.sample?.used ?? 0 };
    if (known) return;
    try {
      this.#scorer ??= this.#prepare();
      const scorer = await this.#scorer;
      this.sample = { used: scorer.used, skipped: scorer.skipped };
      const figure = await scorer.score(headsOff, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (this.#running === controller) this.progress = { done, total };
        },
      });
      this.#scored.set(key, figure);
      if (headsOff.length === 0) this.baseline = figure;
      if (this.#running !== controller) return;
      this.current = figure;
      this.error = undefined;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#scorer = undefined;
      this.error = errorMessage(error);
    } finally {
      if (this.#running === controller) {
        this.progress = undefined;
        this.#running = undefined;
      }
    }
  }
}
