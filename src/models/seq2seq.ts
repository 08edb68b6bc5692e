import { crossEntropy, reshape, type Tensor } from '../engine';
import { PAD_ID } from '../text/vocabulary';
import { idColumn, teacherForcing, type IdBatch } from './batch';
import type { Decoded } from './decode';
import { stack } from './stack';
import type { StepGraphs } from './step-graphs';

/** The three architectures the course trains. */
export type ModelKind = 'gru' | 'attention' | 'transformer';

/** One decoder step's result: next-token logits [B, V], attention over the source [B, S] if any. */
export interface StepOutput<S> {
  readonly logits: Tensor;
  readonly attention?: Tensor;
  /** For multi-head models, each head's attention over the source [B, heads, S]. */
  readonly headAttention?: Tensor;
  readonly state: S;
}

/** A decoder that can be run one token at a time (used by greedy decoding and RNN training). */
export interface StepModel<S> {
  /** Encodes a batch of source id sequences (no specials) into the initial decoder state. */
  begin(src: IdBatch): S;
  /** Feeds the previous tokens [B] and returns the next-token logits and the new state. */
  step(state: S, previous: Tensor): StepOutput<S>;
}

/** What every encoder-decoder exposes to training, checkpoints and the course widgets. */
export interface Seq2SeqModel<S = unknown> extends StepModel<S>, StepGraphs {
  readonly kind: ModelKind;
  /** Trainable tensors by unique name. */
  parameters(): Map<string, Tensor>;
  /** Teacher-forced logits [B, T + 1, V] for targets `tgt` (ids without <bos>/<eos>). */
  logits(src: IdBatch, tgt: IdBatch): Tensor;
  /** Mean cross-entropy of predicting `tgt` followed by <eos>, padding ignored. */
  loss(src: IdBatch, tgt: IdBatch): Tensor;
  /** Greedy translation of one source sentence, at most `maxLength` tokens, with per-step details. */
  greedyDecode(src: readonly number[], maxLength: number): Decoded;
}

/** Mean token cross-entropy of teacher-forced logits [B, T + 1, V] for `tgt` + <eos>, skipping padding. */
export function sequenceLoss(logits: Tensor, tgt: IdBatch, smoothing = 0): Tensor {
  const vocab = logits.shape[2]!;
  const { targets } = teacherForcing(tgt);
  return crossEntropy(reshape(logits, [-1, vocab]), reshape(targets, [-1]), {
    smoothing,
    ignoreIndex: PAD_ID,
  });
}

/** Teacher-forced logits of a step model: one decoder step per target position. */
export function stepwiseLogits<S>(model: StepModel<S>, src: IdBatch, tgt: IdBatch): Tensor {
  const { inputs } = teacherForcing(tgt);
  let state = model.begin(src);
  const logits: Tensor[] = [];
  for (let t = 0; t < inputs.shape[1]!; t++) {
    const out = model.step(state, idColumn(inputs, t));
    logits.push(out.logits);
    state = out.state;
  }
  return stack(logits);
}
