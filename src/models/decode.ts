import { noGrad, softmax, Tensor, topk } from '../engine';
import { BOS_ID, EOS_ID } from '../text/vocabulary';
import { guardRepetition } from './repetition-guard';
import type { StepModel } from './seq2seq';

/** What the model saw and chose at one output position. */
export interface DecodeStep {
  readonly token: number;
  /** The most probable next tokens by the model, most probable first (before the repetition guard). */
  readonly top: readonly { readonly id: number; readonly probability: number }[];
  /** Attention weights over the source positions, for models that attend. */
  readonly attention?: readonly number[];
  /** Each head's attention over the source positions, for multi-head models. */
  readonly headAttention?: readonly (readonly number[])[];
}

/** A greedy translation: ids (ending in <eos> when `finished`) and per-step details. */
export interface Decoded {
  readonly tokens: readonly number[];
  readonly steps: readonly DecodeStep[];
  /** False when it stopped at `maxLength` tokens without writing <eos>. */
  readonly finished: boolean;
}

/** Greedy decoding of one source sentence (repetition-guarded), at most `maxLength` tokens (<eos> included). */
export function greedyDecode<S>(
  model: StepModel<S>,
  src: readonly number[],
  maxLength: number,
  topK = 5,
): Decoded {
  return noGrad(() => {
    let state = model.begin([src]);
    let previous = BOS_ID;
    const steps: DecodeStep[] = [];
    while (steps.length < maxLength && previous !== EOS_ID) {
      const out = model.step(state, new Tensor(Float32Array.of(previous), [1]));
      state = out.state;
      const probabilities = softmax(out.logits);
      const best = topk(probabilities, Math.min(topK, probabilities.shape[1]!));
      const written = steps.map((s) => s.token);
      previous = argmax(guardRepetition(out.logits.data, written));
      steps.push({
        token: previous,
        top: [...best.indices.data].map((id, i) => ({
          id,
          probability: best.values.data[i]!,
        })),
        ...(out.attention ? { attention: [...out.attention.data] } : {}),
        ...(out.headAttention ? { headAttention: rowsOf(out.headAttention) } : {}),
      });
    }
    return { tokens: steps.map((s) => s.token), steps, finished: previous === EOS_ID };
  });
}

/** Greedy decoding of a batch (for evaluation, repetition-guarded): each row's ids up to and including <eos>. */
export function greedyDecodeBatch<S>(
  model: StepModel<S>,
  src: readonly (readonly number[])[],
  maxLength: number,
): number[][] {
  return noGrad(() => {
    let state = model.begin(src);
    let previous = new Tensor(new Float32Array(src.length).fill(BOS_ID), [src.length]);
    const rows: number[][] = src.map(() => []);
    const done = (row: number[]) => row.at(-1) === EOS_ID;
    for (let t = 0; t < maxLength && !rows.every(done); t++) {
      const out = model.step(state, previous);
      state = out.state;
      const vocab = out.logits.shape[1]!;
      const next = new Float32Array(src.length);
      rows.forEach((row, b) => {
        const scores = out.logits.data.subarray(b * vocab, (b + 1) * vocab);
        const best = argmax(guardRepetition(scores, row));
        next[b] = best;
        if (!done(row)) row.push(best);
      });
      previous = new Tensor(next, [src.length]);
    }
    return rows;
  });
}

/** The index of the largest value (the first on ties). */
function argmax(values: Float32Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** The rows of a [1, rows, columns] tensor as arrays. */
function rowsOf(t: Tensor): number[][] {
  const columns = t.shape.at(-1)!;
  return Array.from({ length: t.size / columns }, (_, r) => [
    ...t.data.subarray(r * columns, (r + 1) * columns),
  ]);
}
