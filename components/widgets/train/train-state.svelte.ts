import { yourModel } from '../../translation/your-model.svelte';
import type { ModelKind } from '../../../src/models/seq2seq';
import {
  DEFAULT_SETTINGS,
  outOfRange,
  SETTING_LIMITS,
  settingsProblem,
  type NumericSetting,
  type TrainSettings,
} from '../../../src/learn/settings';
import type { TrainCommand, TrainEvent } from '../../../src/learn/train-protocol';
import type { Evaluation, ProbeView } from '../../../src/learn/trainer';
import { TrainClient, type TrainListener } from '../../../src/learn/train-client';
import { checkInput, type InputCheck } from '../../../src/text/validate-input';
import { Vocabulary } from '../../../src/text/vocabulary';
import { errorMessage } from '../../../src/lib/error-message';

/** The page's end of a training worker (a fake one in tests). */
export interface TrainConnection {
  send(command: TrainCommand): void;
  terminate(): void;
}

/** Where the cell is: nothing started, loading, a model at rest, training, stopped by a fault. */
export type TrainPhase = 'idle' | 'loading' | 'ready' | 'running' | 'diverged' | 'failed';

/** A point of a loss curve. */
export interface LossPoint {
  readonly step: number;
  readonly loss: number;
}

/** Why a typed setting is refused: out of its range, or heads not dividing the width. */
export type DraftProblem = 'range' | 'heads';

// Curves keep at most this many points; older ones are thinned to every other point.
const MAX_POINTS = 400;

const thinned = (points: readonly LossPoint[]): LossPoint[] =>
  points.length < MAX_POINTS ? [...points] : points.filter((_, i) => i % 2 === 1);

/** The settings the reader typed, each field as text, as the controls hold them. */
export type SettingDrafts = Record<NumericSetting, string>;

const draftsOf = (settings: TrainSettings): SettingDrafts => ({
  width: String(settings.width),
  heads: String(settings.heads),
  learningRate: String(settings.learningRate),
  seed: String(settings.seed),
});

const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * Rune state of the "Train it yourself" cell: the settings the reader types (refused when out of
 * range), the worker's progress, loss curves, evaluations and probe view, and the commands.
 */
export class TrainState {
  kind = $state<ModelKind>(DEFAULT_SETTINGS.kind);
  drafts = $state<SettingDrafts>(draftsOf(DEFAULT_SETTINGS));
  phase = $state<TrainPhase>('idle');
  /** Paused because the page was hidden (Resume continues). */
  hiddenPause = $state(false);
  step = $state(0);
  trainLoss = $state<number | undefined>();
  stepsPerSecond = $state<number | undefined>();
  parameters = $state<number | undefined>();
  trainCurve = $state.raw<LossPoint[]>([]);
  validationCurve = $state.raw<LossPoint[]>([]);
  evaluation = $state.raw<Evaluation | undefined>();
  probeText = $state('she is eating a green apple');
  probeView = $state.raw<ProbeView | undefined>();
  vocabulary = $state.raw<Vocabulary | undefined>();
  maxLength = $state(6);
  /** The step and loss at which training diverged. */
  divergence = $state.raw<{ step: number; loss: number } | undefined>();
  /** Why the worker failed, or why the last command failed. */
  failure = $state<string | undefined>();
  commandError = $state<string | undefined>();
  /** The last weights file loaded: its name, and why it was refused if it was. */
  uploadStatus = $state.raw<{ name: string; pending: boolean; error?: string } | undefined>();
  /** Weights bytes received for download (consumed by the view). */
  weights = $state.raw<Uint8Array | undefined>();
  /** The step of the model the page's translating cells use, once "Use my model" was pressed. */
  usedStep = $state<number | undefined>();
  // What each weights request in flight is for, oldest first (the worker answers in order).
  #weightRequests: ('download' | 'use')[] = [];

  readonly #connect: (listener: TrainListener) => TrainConnection;
  readonly #base: string;
  #connection: TrainConnection | undefined;

  constructor(
    base: string,
    connect: (listener: TrainListener) => TrainConnection = (listener) => new TrainClient(listener),
  ) {
    this.#base = base;
    this.#connect = connect;
  }

  /** The typed settings, parsed (NaN where a field is not a number). */
  get settings(): TrainSettings {
    const { width, heads, learningRate, seed } = this.drafts;
    return {
      kind: this.kind,
      width: numberOf(width),
      heads: numberOf(heads),
      learningRate: numberOf(learningRate),
      seed: numberOf(seed),
    };
  }

  /** Each field's problem, if it is refused. */
  get problems(): Partial<Record<NumericSetting, DraftProblem>> {
    const settings = this.settings;
    const problems: Partial<Record<NumericSetting, DraftProblem>> = {};
    for (const setting of Object.keys(SETTING_LIMITS) as NumericSetting[])
      if (outOfRange(setting, settings[setting])) problems[setting] = 'range';
    const { kind, width, heads } = settings;
    const shape = { ...DEFAULT_SETTINGS, kind, width, heads };
    if (!problems.width && !problems.heads && settingsProblem(shape)?.reason === 'heads')
      problems.heads = 'heads';
    return problems;
  }

  /** Whether every setting is accepted. */
  get valid(): boolean {
    return Object.keys(this.problems).length === 0;
  }

  /** The probe sentence checked against the slice's vocabulary (once the slice is loaded). */
  get probeCheck(): InputCheck | undefined {
    return this.vocabulary && checkInput(this.probeText, this.vocabulary, this.maxLength);
  }

  /** Applies the settings: a fresh model at step 0 (starting the worker on first use). */
  configure(): void {
    if (!this.valid) return;
    if (!this.#connection) this.phase = 'loading';
    this.#send({ type: 'configure', settings: this.settings, base: this.#base });
    this.#sendProbe();
  }

  /** Starts training, configuring first if no model exists yet. */
  start(): void {
    if (!this.valid) return;
    if (this.phase === 'idle' || this.phase === 'failed') this.configure();
    this.hiddenPause = false;
    this.#send({ type: 'start' });
  }

  /** Pauses the loop; `hidden` marks a pause caused by the page being hidden. */
  pause(hidden = false): void {
    if (this.phase !== 'running') return;
    this.hiddenPause = hidden;
    this.#send({ type: 'pause' });
  }

  /** A fresh model with the current settings, back at step 0. */
  reset(): void {
    this.configure();
  }

  /** One training step while paused. */
  stepOnce(): void {
    if (this.phase === 'ready') this.#send({ type: 'step' });
  }

  /** Sends the probe sentence when it checks out against the vocabulary. */
  updateProbe(): void {
    this.#sendProbe();
  }

  /** Asks the worker for the weights file (arrives in `weights`). */
  requestWeights(): void {
    this.weights = undefined;
    this.#weightRequests.push('download');
    this.#send({ type: 'download' });
  }

  /** Hands the current model to the page's translating cells (its weights come from the worker). */
  useModel(): void {
    this.#weightRequests.push('use');
    this.#send({ type: 'download' });
  }

  /** Continues from the bytes of a weights file; a bad file leaves the current model in place. */
  upload(name: string, bytes: Uint8Array): void {
    if (!this.#connection) this.configure();
    this.uploadStatus = { name, pending: true };
    this.#send({ type: 'upload', bytes });
  }

  /** Ends the worker (when the cell goes away). */
  dispose(): void {
    this.#connection?.terminate();
    this.#connection = undefined;
  }

  #sendProbe(): void {
    const check = this.probeCheck;
    if (check?.ok) this.#send({ type: 'probe', tokens: check.tokens });
  }

  #send(command: TrainCommand): void {
    if (!this.#connection) {
      try {
        this.#connection = this.#connect({
          onevent: (event) => this.#receive(event),
          onfailure: (message) => this.#fail(message),
        });
      } catch (error) {
        this.#fail(errorMessage(error));
        return;
      }
    }
    this.#connection.send(command);
  }

  #fail(message: string): void {
    this.#connection?.terminate();
    this.#connection = undefined;
    this.phase = 'failed';
    this.failure = message;
  }

  #receive(event: TrainEvent): void {
    switch (event.type) {
      case 'ready':
        this.vocabulary = Vocabulary.fromJSON(event.srcVocab);
        this.maxLength = event.maxLength;
        this.#sendProbe();
        return;
      case 'model':
        this.phase = 'ready';
        this.kind = event.settings.kind;
        this.drafts = draftsOf(event.settings);
        this.parameters = event.parameters;
        [this.step, this.trainLoss, this.stepsPerSecond] = [0, undefined, undefined];
        [this.trainCurve, this.validationCurve] = [[], []];
        [this.divergence, this.failure, this.commandError] = [undefined, undefined, undefined];
        this.evaluation = undefined;
        if (this.uploadStatus?.pending)
          this.uploadStatus = { ...this.uploadStatus, pending: false };
        return;
      case 'running':
        if (this.phase !== 'diverged') this.phase = event.running ? 'running' : 'ready';
        return;
      case 'progress':
        [this.step, this.trainLoss, this.stepsPerSecond] = [
          event.step,
          event.loss,
          event.stepsPerSecond || this.stepsPerSecond,
        ];
        this.trainCurve = [...thinned(this.trainCurve), { step: event.step, loss: event.loss }];
        return;
      case 'evaluation': {
        const { evaluation } = event;
        this.evaluation = evaluation;
        if (evaluation.probe) this.probeView = evaluation.probe;
        const point = { step: evaluation.step, loss: evaluation.validationLoss };
        this.validationCurve = [
          ...thinned(this.validationCurve.filter((p) => p.step !== point.step)),
          point,
        ];
        return;
      }
      case 'probe':
        this.probeView = event.view;
        return;
      case 'diverged':
        this.phase = 'diverged';
        this.divergence = { step: event.step, loss: event.loss };
        return;
      case 'weights':
        if (this.#weightRequests.shift() === 'use') {
          yourModel.current = { bytes: event.bytes, kind: this.kind, step: this.step };
          this.usedStep = this.step;
        } else this.weights = event.bytes;
        return;
      case 'error':
        if (this.phase === 'failed') return;
        if (event.during === 'upload' && this.uploadStatus) {
          this.uploadStatus = { ...this.uploadStatus, pending: false, error: event.message };
          return;
        }
        if (event.during === 'configure' && this.phase === 'loading') this.#fail(event.message);
        else this.commandError = event.message;
        return;
    }
  }
}
