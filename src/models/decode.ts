import { noGrad, softmax, Tensor, topk } from '../engine';
import { BOS_ID, EOS_ID } from '../text/vocabulary';
import type { StepModel } from './seq2seq';

/** What the model saw and chose at one output position. */
export interface DecodeStep {
  readonly token: number;
  /** The most probable next tokens, most probable first. */
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
  readonly finished: boolean;
}

/** Greedy decoding of one source sentence, at most `maxLength` tokens (the <eos> included). */
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
      previous = best.indices.data[0]!;
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

/** Greedy decoding of a batch (for evaluation): each row's ids up to and including <eos>. */
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
        let best = 0;
        for (let j = 1; j < vocab; j++) if (scores[j]! > scores[best]!) best = j;
        next[b] = best;
        if (!done(row)) row.push(best);
      });
      previous = new Tensor(next, [src.length]);
    }
    return rows;
  });
}

/** The rows of a [1, rows, columns] tensor as arrays. */
function rowsOf(t: Tensor): number[][] {
  const columns = t.shape.at(-1)!;
  return Array.from({ length: t.size / columns }, (_, r) => [
    ...t.data.subarray(r * columns, (r + 1) * columns),
  ]);
}
