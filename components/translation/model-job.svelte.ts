import type { ModelBundle } from '../../src/models/model-bundle';
import type { ModelKind } from '../../src/models/seq2seq';
import { MAX_SOURCE_TOKENS } from '../../src/models/step-graphs';
import type { BackendChoice } from '../../src/runtime/backend-names';
import type { RunSummary } from '../../src/runtime/program-runner';
import { checkInput, type InputError } from '../../src/text/validate-input';
import type { LoadProgress } from '../../src/translation/load-model';
import type { TranslationSession } from '../../src/translation/translation-session';
import { BackendStatus } from '../engine/backend-status.svelte';
import { exclusively } from './model-queue';
import { sessionFor, sessionForYours } from './models';
import { yourModel } from './your-model.svelte';
import { errorMessage } from '../../src/lib/error-message';

/** Which model a job runs: a shipped one, or the one the reader trained in the page. */
export type ModelSource = ModelKind | 'yours';

/** A model loaded for the page: its session and vocabularies. */
export interface LoadedModel {
  /** Its architecture. */
  readonly kind: ModelKind;
  /** Which model it is: a shipped one or the reader's own. */
  readonly source: ModelSource;
  readonly bundle: ModelBundle;
  readonly session: TranslationSession;
}

/** What a widget computes from a checked sentence. */
export type Perform<T> = (
  model: LoadedModel,
  tokens: readonly string[],
  choice: BackendChoice,
) => Promise<{ readonly value: T; readonly run: RunSummary }>;

/**
 * Reactive state of a widget computing something on one trained model for the page's sentence:
 * the model loads on the first request (with progress), requests made while one runs collapse
 * into the newest, and a bad sentence, a failed load or a failed run keeps the last good result
 * beside its message.
 */
export class ModelJob<T> {
  /** The model computing (a selector may change it). */
  kind = $state<ModelSource>('attention');
  /** The backend choice and the last run, as the backend switcher shows them. */
  readonly backend = new BackendStatus();
  /** The last good result. */
  result = $state.raw<T | undefined>();
  /** Why the current sentence cannot be used. */
  inputError = $state.raw<InputError | undefined>();
  /** Why the model could not be loaded. */
  loadError = $state.raw<unknown>();
  /** Download progress while the model loads. */
  progress = $state.raw<LoadProgress | undefined>();
  loading = $state(false);
  /** The loaded model, once there is one. */
  model = $state.raw<LoadedModel | undefined>();
  /** The words the model knows, once loaded (for autocompletion). */
  sourceWords = $state.raw<readonly string[]>([]);
  readonly #perform: Perform<T>;
  #pending: { text: string; choice: BackendChoice } | undefined;
  #lastText: string | undefined;
  #running = false;

  constructor(kind: ModelSource, perform: Perform<T>) {
    this.kind = kind;
    this.#perform = perform;
  }

  /** Computes for `text` on `choice` (default: the switcher's) once any running job ends. */
  async update(text: string, choice: BackendChoice = this.backend.choice): Promise<void> {
    this.#pending = { text, choice };
    if (this.#running) return;
    this.#running = true;
    this.backend.busy = true;
    try {
      while (this.#pending !== undefined) {
        const job = this.#pending;
        this.#pending = undefined;
        await this.#performOne(job.text, job.choice);
      }
    } finally {
      this.#running = false;
      this.backend.busy = false;
    }
  }

  /** Computes the last sentence again with every graph run checked against the reference. */
  verify(): Promise<void> {
    this.model?.session.verifyNext();
    return this.#lastText === undefined ? Promise.resolve() : this.update(this.#lastText);
  }

  async #load(kind: ModelSource): Promise<LoadedModel> {
    if (kind !== 'yours')
      return {
        kind,
        source: kind,
        ...(await sessionFor(kind, (progress) => (this.progress = progress))),
      };
    const yours = yourModel.current;
    if (!yours) throw new Error('no model has been trained in this page yet');
    return { kind: yours.kind, source: kind, ...sessionForYours(yours) };
  }

  async #performOne(text: string, choice: BackendChoice): Promise<void> {
    const kind = this.kind;
    let model: LoadedModel;
    this.loading = true;
    try {
      model = await this.#load(kind);
      this.model = model;
      this.sourceWords = model.bundle.srcVocab.words;
      this.loadError = undefined;
    } catch (error) {
      this.loadError = error;
      return;
    } finally {
      this.loading = false;
      this.progress = undefined;
    }
    this.#lastText = text;
    const check = checkInput(text, model.bundle.srcVocab, MAX_SOURCE_TOKENS);
    if (!check.ok) {
      this.inputError = check.error;
      return;
    }
    this.inputError = undefined;
    try {
      const { value, run } = await exclusively(kind, () =>
        this.#perform(model, check.tokens, choice),
      );
      this.result = value;
      this.backend.result = run;
      this.backend.error = undefined;
      // The first answer may come from TypeScript while ORT loads; the faster one follows.
      void model.session.whenWarm()?.then(() => {
        const unchanged = this.#lastText === text && this.backend.choice === choice;
        if (this.#pending === undefined && unchanged) void this.update(text, choice);
      });
    } catch (error) {
      this.backend.error = errorMessage(error);
    }
  }
}
