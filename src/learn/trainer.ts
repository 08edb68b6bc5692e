import {
  backward,
  clipGradNorm,
  createRng,
  noGrad,
  setFiniteChecks,
  type Rng,
  type Tensor,
} from '../engine';
import { greedyDecode, greedyDecodeBatch } from '../models/decode';
import { createModel } from '../models/model-spec';
import { modelFromBytes } from '../models/model-bundle';
import type { Seq2SeqModel } from '../models/seq2seq';
import type { CheckpointMetadata } from '../models/training-record';
import { encodeWeights } from '../models/weights-format';
import { EOS_ID } from '../text/vocabulary';
import { bucketedBatches } from './batches';
import type { Example } from './example';
import { exactMatchAccuracy } from './exact-match';
import { learningRate, ScheduledAdam, type Schedule } from './optimizer';
import { settingsProblem, specFor, type TrainSettings } from './settings';
import type { Slice } from './slice-file';

/** Examples per training step. */
export const BATCH_SIZE = 32;
const CLIP = 1;
const WARMUP = 50;
const EVAL_BATCH = 64;

/** One step's result: its 1-based number and loss; `ok` is false when the loss was not finite. */
export interface StepOutcome {
  readonly ok: boolean;
  readonly step: number;
  readonly loss: number;
}

/** The probe sentence as the model translates it now, with its cross-attention rows. */
export interface ProbeView {
  readonly source: readonly string[];
  readonly translation: readonly string[];
  /** The length cap, in tokens, when the decoding stopped there without writing <eos>. */
  readonly lengthLimit?: number;
  /** One row per output word (the end token left out) over the source words; none for the plain GRU. */
  readonly attention?: readonly (readonly number[])[];
  /** Mean over the rows of each row's largest weight (1 = every word looks at one source word). */
  readonly sharpness?: number;
  /** For the Transformer, each head's rows (its cross-attention), head by head. */
  readonly heads?: readonly (readonly (readonly number[])[])[];
  /** The sharpness of each head's rows. */
  readonly headSharpness?: readonly number[];
}

/** Validation scores after `step` updates, and the probe sentence if one was given. */
export interface Evaluation {
  readonly step: number;
  readonly validationLoss: number;
  readonly exactMatch: number;
  readonly probe?: ProbeView;
}

// Without gradients or the per-op NaN scan: a diverged model is still evaluated, to NaN.
function unchecked<T>(fn: () => T): T {
  setFiniteChecks(false);
  try {
    return noGrad(fn);
  } finally {
    setFiniteChecks(true);
  }
}

const sameTokens = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((token, i) => token === b[i]);

/**
 * Trains one small encoder-decoder on the slice: bucketed batches of {@link BATCH_SIZE}, the
 * model's loss, gradient clipping and Adam with a short warmup. A step whose loss or gradient is
 * not finite changes nothing and restores the weights of the last step whose loss was finite.
 */
export class Trainer {
  readonly slice: Slice;
  readonly settings: TrainSettings;
  readonly model: Seq2SeqModel;
  readonly #params: readonly Tensor[];
  readonly #backup: Float32Array[];
  readonly #optimizer: ScheduledAdam;
  readonly #schedule: Schedule;
  readonly #rng: Rng;
  #batches: Example[][] = [];
  #next = 0;

  /** A fresh model for `settings`, or `model` (already trained, with the slice's vocabularies). */
  constructor(slice: Slice, settings: TrainSettings, model?: Seq2SeqModel) {
    const problem = settingsProblem(settings);
    if (problem) throw new RangeError(`the setting ${problem.setting} is out of range`);
    this.slice = slice;
    this.settings = settings;
    this.model = model ?? createModel(specFor(settings, slice.srcVocab.size, slice.tgtVocab.size));
    this.#params = [...this.model.parameters().values()];
    this.#backup = this.#params.map((p) => p.data.slice());
    this.#optimizer = new ScheduledAdam(this.#params);
    this.#schedule = { peak: settings.learningRate, warmup: WARMUP, hold: true };
    this.#rng = createRng(settings.seed);
  }

  /** Updates made so far. */
  get steps(): number {
    return this.#optimizer.steps;
  }

  /** One training step on the next batch of the shuffled slice. */
  step(): StepOutcome {
    if (this.#next >= this.#batches.length) {
      this.#batches = bucketedBatches(this.slice.train, BATCH_SIZE, this.#rng);
      this.#next = 0;
    }
    const batch = this.#batches[this.#next++]!;
    const step = this.#optimizer.steps + 1;
    setFiniteChecks(false);
    try {
      const loss = this.model.loss(
        batch.map((e) => e.src),
        batch.map((e) => e.tgt),
      );
      const value = loss.data[0]!;
      const { grads, norm } = clipGradNorm(backward(loss), this.#params, CLIP);
      if (!Number.isFinite(value) || !Number.isFinite(norm)) {
        this.#params.forEach((p, i) => p.data.set(this.#backup[i]!));
        return { ok: false, step, loss: value };
      }
      this.#params.forEach((p, i) => this.#backup[i]!.set(p.data));
      this.#optimizer.step(grads, learningRate(step, this.#schedule));
      return { ok: true, step, loss: value };
    } finally {
      setFiniteChecks(true);
    }
  }

  /** Validation loss and exact match on the whole validation slice, and the probe's translation. */
  evaluate(probe?: readonly string[]): Evaluation {
    return unchecked(() => {
      const { validation } = this.slice;
      let [lossSum, tokens] = [0, 0];
      for (let i = 0; i < validation.length; i += EVAL_BATCH) {
        const batch = validation.slice(i, i + EVAL_BATCH);
        const count = batch.reduce((n, e) => n + e.tgt.length + 1, 0);
        const loss = this.model.loss(
          batch.map((e) => e.src),
          batch.map((e) => e.tgt),
        );
        lossSum += loss.data[0]! * count;
        tokens += count;
      }
      const outputs = greedyDecodeBatch(
        this.model,
        validation.map((e) => e.src),
        this.#maxOutput(),
      ).map((ids) => (ids.at(-1) === EOS_ID ? ids.slice(0, -1) : ids));
      return {
        step: this.steps,
        validationLoss: lossSum / Math.max(1, tokens),
        exactMatch: exactMatchAccuracy(
          outputs,
          validation.map((e) => e.tgt),
        ),
        ...(probe ? { probe: this.translate(probe) } : {}),
      };
    });
  }

  /** The greedy translation of `source` (tokens of the slice's vocabulary) and its attention rows. */
  translate(source: readonly string[]): ProbeView {
    const { srcVocab, tgtVocab } = this.slice;
    const decoded = unchecked(() =>
      greedyDecode(this.model, srcVocab.encode(source), this.#maxOutput()),
    );
    const words = decoded.steps.filter((s) => s.token !== EOS_ID);
    const translation = words.map((s) => tgtVocab.token(s.token));
    const text = {
      source,
      translation,
      ...(decoded.finished ? {} : { lengthLimit: this.#maxOutput() }),
    };
    const rows = words.flatMap((s) => (s.attention ? [s.attention] : []));
    if (rows.length === 0 || rows.length !== words.length) return text;
    const view = { ...text, attention: rows, sharpness: sharpnessOf(rows) };
    const perStep = words.map((s) => s.headAttention ?? []);
    const headCount = perStep[0]!.length;
    if (headCount === 0) return view;
    const heads = Array.from({ length: headCount }, (_, h) => perStep.map((step) => step[h]!));
    return { ...view, heads, headSharpness: heads.map(sharpnessOf) };
  }

  /** The weights file of the current model (the project's ACW1 format, float32). */
  weights(): Uint8Array {
    const metadata: CheckpointMetadata = {
      spec: specFor(this.settings, this.slice.srcVocab.size, this.slice.tgtVocab.size),
      corpusOptions: {},
      srcVocab: this.slice.srcVocab.toJSON(),
      tgtVocab: this.slice.tgtVocab.toJSON(),
      history: [],
      machine: {
        cpu: 'browser',
        cores: globalThis.navigator?.hardwareConcurrency ?? 1,
        node: 'none',
      },
    };
    return encodeWeights(this.model.parameters(), { metadata });
  }

  /**
   * A trainer continuing from a weights file, keeping this one's learning rate; throws when the
   * file is malformed or was not trained on this slice's vocabularies.
   */
  withWeights(bytes: Uint8Array): Trainer {
    const bundle = modelFromBytes(bytes);
    const { srcVocab, tgtVocab } = this.slice;
    if (
      !sameTokens(bundle.srcVocab.toJSON().tokens, srcVocab.toJSON().tokens) ||
      !sameTokens(bundle.tgtVocab.toJSON().tokens, tgtVocab.toJSON().tokens)
    )
      throw new Error('the file was trained on other vocabularies than this slice');
    const { spec } = bundle;
    const settings: TrainSettings = {
      ...this.settings,
      kind: spec.kind,
      width: spec.kind === 'transformer' ? spec.config.dModel : spec.config.embedding,
      heads: spec.kind === 'transformer' ? spec.config.heads : this.settings.heads,
      seed: spec.config.seed,
    };
    const expected = specFor(settings, srcVocab.size, tgtVocab.size);
    if (JSON.stringify(expected) !== JSON.stringify(spec))
      throw new Error('the file holds a model of another shape than this figure trains');
    return new Trainer(this.slice, settings, bundle.model);
  }

  #maxOutput(): number {
    return 2 * this.slice.maxLength + 2;
  }
}

/** Mean over `rows` of each row's largest weight. */
function sharpnessOf(rows: readonly (readonly number[])[]): number {
  return rows.reduce((sum, row) => sum + Math.max(...row), 0) / rows.length;
}
