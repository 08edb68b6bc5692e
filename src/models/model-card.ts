import type { ModelKind } from './seq2seq';
import type { ModelSpec } from './model-spec';
import type { Recipe, TrainingMachine } from './training-record';

/** Exact match and BLEU on one set of sentences. */
export interface Scores {
  readonly examples: number;
  readonly exactMatch: number;
  readonly bleu: number;
}

/** Scores on the sentences whose English has `min` to `max` tokens. */
export interface BucketScores extends Scores {
  readonly min: number;
  readonly max: number;
}

/** What the model card page and the bottleneck chart show about one trained model. */
export interface ModelCard {
  readonly kind: ModelKind;
  readonly spec: ModelSpec;
  readonly parameters: number;
  readonly training: Recipe & {
    readonly epochs: number;
    readonly seconds: number;
    readonly cpuSeconds: number;
    readonly finalTrainLoss: number;
    readonly machine: TrainingMachine;
  };
  readonly test: Scores;
  readonly buckets: readonly BucketScores[];
  /** The hand-written everyday sentences: how many the vocabulary accepts, how many come out right. */
  readonly unseen: { readonly total: number; readonly accepted: number; readonly correct: number };
  /** Size in bytes of the shipped weights file, as stored and gzipped (what a page downloads). */
  readonly files: { readonly weights: number; readonly weightsGzip: number };
}

/** File names inside public/models/<kind>/. */
export const MODEL_FILES = {
  weights: 'weights.bin',
  card: 'card.json',
} as const;
