import type { BackendChoice } from '../../../src/engine/backends/backend-names';
import type { RunResult } from '../../../src/engine/backends/computation-runner';
import type { LoadProgress } from '../../../src/translation/load-model';
import type { ModelBundle } from '../../../src/models/model-bundle';
import type { TranslationSession } from '../../../src/translation/translation-session';
import { checkInput, type InputError } from '../../../src/text/validate-input';
import type { ModelKind } from '../../../src/models/seq2seq';
import { MAX_SOURCE_TOKENS } from '../../../src/models/step-graphs';
import { BackendRun } from '../../engine/backend-run.svelte';
import { sessionFor } from '../../translation/models';
import { exclusively } from './model-queue';

/** A model loaded for the page: its session and vocabularies. */
export interface LoadedModel {
  readonly bundle: ModelBundle;
  readonly session: TranslationSession;
}

/** What a widget computes from a checked sentence. */
export type Perform<T> = (
  model: LoadedModel,
  tokens: readonly string[],
  choice: BackendChoice,
) => Promise<{ readonly value: T; readonly run: RunResult }>;

/**
 * Reactive state of a widget computing something on one trained model for the page's sentence:
 * the model loads on the first request (with progress), requests made while one runs collapse
 * into the newest, and a bad sentence, a failed load or a failed run keeps the last good result
 * beside its message.
 */
export class ModelJob<T> {
  /** The backend choice and the last run, in the shape the backend switcher shows. */
  readonly run = new BackendRun(({ x }) => x!);
  /** The last good result. */
  result = $state.raw<T | undefined>();
  /** Why the current sentence cannot be used. */
  inputError = $state.raw<InputError | undefined>();
  /** Why the model could not be loaded. */
  loadError = $state<string | undefined>();
  /** Download progress while the model loads. */
  progress = $state.raw<LoadProgress | undefined>();
  loading = $state(false);
  /** The loaded model, once there is one. */
  model = $state.raw<LoadedModel | undefined>();
  readonly kind: ModelKind;
  readonly #perform: Perform<T>;
  #pending: string | undefined;
  #running = false;

  constructor(kind: ModelKind, perform: Perform<T>) {
    this.kind = kind;
    this.#perform = perform;
    // A translation is dozens of graph runs, and every run on an ORT backend is exported and
    // cross-checked against the reference first: the reference itself answers soonest.
    this.run.choice = 'ts';
  }

  /** Computes for `text` on the chosen backend once any running job ends. */
  async update(text: string): Promise<void> {
    this.#pending = text;
    if (this.#running) return;
    this.#running = true;
    this.run.busy = true;
    try {
      while (this.#pending !== undefined) {
        const job = this.#pending;
        this.#pending = undefined;
        await this.#performOne(job);
      }
    } finally {
      this.#running = false;
      this.run.busy = false;
    }
  }

  async #performOne(text: string): Promise<void> {
    let model: LoadedModel;
    this.loading = true;
    try {
      model = await sessionFor(this.kind, (progress) => (this.progress = progress));
      this.model = model;
      this.loadError = undefined;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
      return;
    } finally {
      this.loading = false;
      this.progress = undefined;
    }
    const check = checkInput(text, model.bundle.srcVocab, MAX_SOURCE_TOKENS);
    if (!check.ok) {
      this.inputError = check.error;
      return;
    }
    this.inputError = undefined;
    try {
      const choice = this.run.choice;
      const { value, run } = await exclusively(this.kind, () =>
        this.#perform(model, check.tokens, choice),
      );
      this.result = value;
      this.run.result = run;
      this.run.error = undefined;
    } catch (error) {
      this.run.error = error instanceof Error ? error.message : String(error);
    }
  }
}
