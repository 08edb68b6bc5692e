import type { BackendChoice } from '../../../src/engine/backends/backend-names';
import type { LoadProgress } from '../../../src/translation/load-model';
import { checkInput, type InputError } from '../../../src/text/validate-input';
import type { ModelKind } from '../../../src/models/seq2seq';
import { MAX_SOURCE_TOKENS } from '../../../src/models/step-graphs';
import { BackendRun } from '../../engine/backend-run.svelte';
import { sessionFor } from '../../translation/models';
import { translate, type Translation } from './translate';

let pageQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` after every translation already queued on the page: widgets sharing a model (or the
 * accelerated backends) run one translation at a time instead of interleaving their steps.
 */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = pageQueue.then(work);
  pageQueue = result.catch(() => undefined);
  return result;
}

interface Job {
  readonly text: string;
  readonly choice: BackendChoice;
}

/**
 * Reactive state of one model translating the page's sentence: the model loads on the first
 * request, requests made while one runs collapse into the newest, and a bad sentence, a failed load
 * or a failed run leaves the last good translation in place beside its message.
 */
export class ModelTranslation {
  /** The model translating (a selector may change it). */
  kind = $state<ModelKind>('attention');
  /** The backend choice and the last run, in the shape the backend switcher shows. */
  readonly run = new BackendRun(({ x }) => x!);
  /** The last good translation. */
  result = $state.raw<Translation | undefined>();
  /** Why the current sentence cannot be translated. */
  inputError = $state.raw<InputError | undefined>();
  /** Why the model could not be loaded. */
  loadError = $state<string | undefined>();
  /** Download progress while the model loads. */
  progress = $state.raw<LoadProgress | undefined>();
  loading = $state(false);
  /** The words the model knows, once loaded (for autocompletion). */
  sourceWords = $state.raw<readonly string[]>([]);
  #pending: Job | undefined;
  #running = false;

  constructor(kind: ModelKind) {
    this.kind = kind;
    // A translation is dozens of graph runs, and every run on an ORT backend is exported and
    // cross-checked against the reference first: the reference itself answers soonest.
    this.run.choice = 'ts';
  }

  /** Translates `text` on `choice` (default: this model's own switcher) once any running job ends. */
  async update(text: string, choice: BackendChoice = this.run.choice): Promise<void> {
    this.#pending = { text, choice };
    if (this.#running) return;
    this.#running = true;
    this.run.busy = true;
    try {
      while (this.#pending) {
        const job = this.#pending;
        this.#pending = undefined;
        await this.#perform(job);
      }
    } finally {
      this.#running = false;
      this.run.busy = false;
    }
  }

  async #perform({ text, choice }: Job): Promise<void> {
    const kind = this.kind;
    let loaded;
    this.loading = true;
    try {
      loaded = await sessionFor(kind, (progress) => (this.progress = progress));
      this.loadError = undefined;
    } catch (error) {
      this.loadError = error instanceof Error ? error.message : String(error);
      return;
    } finally {
      this.loading = false;
      this.progress = undefined;
    }
    const { bundle, session } = loaded;
    this.sourceWords = bundle.srcVocab.words;
    const check = checkInput(text, bundle.srcVocab, MAX_SOURCE_TOKENS);
    if (!check.ok) {
      this.inputError = check.error;
      return;
    }
    this.inputError = undefined;
    try {
      this.result = await oneAtATime(() => translate(kind, session, bundle, check.tokens, choice));
      this.run.result = this.result.run;
      this.run.error = undefined;
    } catch (error) {
      this.run.error = error instanceof Error ? error.message : String(error);
    }
  }
}
