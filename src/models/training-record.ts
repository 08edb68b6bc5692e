import type { VocabularyJSON } from '../text/vocabulary';
import type { ModelKind } from './seq2seq';
import type { ModelSpec } from './model-spec';

/** A second stage that continues from the first's weights with long sentences oversampled. */
export interface FineTune {
  readonly steps: number;
  readonly lr: number;
  readonly warmup: number;
  /** Sources of at least this many tokens are the long sentences. */
  readonly longMin: number;
  /** Share of the stage's batches that hold only long sentences. */
  readonly longShare: number;
  /** Pairs generated from a second seed, whose new ones (any length) join the training set. */
  readonly freshDraws?: number;
}

/** One model's training recipe: command-line options for training/train/train-model.ts. */
export interface Recipe {
  readonly kind: ModelKind;
  readonly steps: number;
  readonly batch: number;
  readonly lr: number;
  readonly warmup: number;
  /** Pairs generated from a second seed, whose new ones (any length) join the training set. */
  readonly freshDraws?: number;
  /** Run after the first stage, with the same batch size (fresh Adam moments and schedule). */
  readonly finetune?: FineTune;
}

/** One epoch's summary line. */
export interface EpochLog {
  readonly epoch: number;
  readonly steps: number;
  readonly trainLoss: number;
  readonly validationExactMatch: number;
  readonly validationBleu: number;
  readonly seconds: number;
  /** CPU seconds this process used (on a busy machine a better speed measure than wall time). */
  readonly cpuSeconds: number;
  readonly stepsPerSecond: number;
}

/** The machine a model was trained on, for its model card. */
export interface TrainingMachine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
}

/** What a weights file stores beside the tensors: enough to rebuild and run the model. */
export interface CheckpointMetadata {
  readonly spec: ModelSpec;
  /** Overrides of the default corpus options used in training (they also decide the test split). */
  readonly corpusOptions: Readonly<Record<string, unknown>>;
  readonly srcVocab: VocabularyJSON;
  readonly tgtVocab: VocabularyJSON;
  readonly history: readonly EpochLog[];
  /** Where it was trained: CPU model, logical cores and Node.js version. */
  readonly machine: TrainingMachine;
}
