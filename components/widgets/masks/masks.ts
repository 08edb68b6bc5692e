import { attentionForward } from '../../../src/engine/attention';
import { expandToShape } from '../../../src/engine/broadcast';
import { xavierUniform } from '../../../src/engine/init';
import { causalMask, paddingMask } from '../../../src/engine/masks';
import { gather } from '../../../src/engine/ops/gather';
import { matmul } from '../../../src/engine/ops/matmul';
import { mul } from '../../../src/engine/ops/mul';
import { createRng } from '../../../src/engine/random';
import { Tensor } from '../../../src/engine/tensor';
import { label, traced, type TraceStep } from '../../../src/engine/trace';
import { embedWords } from '../shared/sentence';

/** Which mask the figure applies. */
export type MaskMode = 'causal' | 'padding' | 'both';

/** The modes in the order the toggle lists them. */
export const MASK_MODES: readonly MaskMode[] = ['causal', 'padding', 'both'];

/** The padding token that fills short sentences up to the batch length. */
export const PAD = '<pad>';

/** The decoder's start token: it reads `<bos>`, then the translation written so far. */
export const BOS = '<bos>';

/** The sentences batched after the reader's own, chosen to have different lengths. */
export const OTHER_SENTENCES: readonly (readonly string[])[] = [
  ['the', 'apple', 'is', 'green'],
  ['she', 'eats'],
];

/** The figure's two batches, one row per sentence: the reader's first, then OTHER_SENTENCES. */
export interface MaskBatches {
  /** The English tokens: what the encoder reads. */
  readonly source: readonly (readonly string[])[];
  /** Each sentence's translation after `<bos>`: what the decoder reads. */
  readonly target: readonly (readonly string[])[];
}

/**
 * The batch a mode is shown on. The padding mask is shown on the encoder's batch, where it is the
 * only mask; the causal mask, alone or with padding, on the decoder's, the only place it is used.
 */
export function sideOf(mode: MaskMode): keyof MaskBatches {
  return mode === 'padding' ? 'source' : 'target';
}

const D_MODEL = 8;
const WEIGHT_SEED = 7;

/** Pads every sentence with PAD up to the longest one. */
export function padBatch(sentences: readonly (readonly string[])[]): string[][] {
  const length = Math.max(...sentences.map((words) => words.length));
  return sentences.map((words) => [
    ...words,
    ...Array.from({ length: length - words.length }, () => PAD),
  ]);
}

/**
 * The graph inputs for a padded batch: ids [b, n], embeddings, projections, the causal mask
 * [n, n] and the padding mask [b, 1, n] (0 at every PAD key).
 */
export function maskInputs(batch: readonly (readonly string[])[]): Record<string, Tensor> {
  const { table, ids, vocabulary } = embedWords(batch, D_MODEL);
  const [b, n] = [batch.length, batch[0]!.length];
  const padId = vocabulary.indexOf(PAD);
  const padding = new Float32Array(b * n);
  ids.forEach((row, s) => padding.set(paddingMask(row, padId).data, s * n));
  const rng = createRng(WEIGHT_SEED);
  return {
    ids: new Tensor(Float32Array.from(ids.flat()), [b, n]),
    E: table,
    W_Q: xavierUniform(D_MODEL, D_MODEL, rng),
    W_K: xavierUniform(D_MODEL, D_MODEL, rng),
    W_V: xavierUniform(D_MODEL, D_MODEL, rng),
    causal: causalMask(n),
    padding: new Tensor(padding, [b, 1, n], { name: 'padding mask' }),
  };
}

/** Self-attention over the batch with the chosen mask; the steps "scaled" and "weights" are shown. */
export function maskedAttention(inputs: Readonly<Record<string, Tensor>>, mode: MaskMode): Tensor {
  const { ids, E, W_Q, W_K, W_V, causal, padding } = inputs;
  const X = label(gather(E!, ids!), 'X', 'embed(batch)');
  const allowed =
    mode === 'causal'
      ? causal!
      : mode === 'padding'
        ? padding!
        : label(mul(causal!, padding!), 'allowed', 'causal·padding');
  return attentionForward(
    label(matmul(X, W_Q!), 'Q', 'X·W_Q'),
    label(matmul(X, W_K!), 'K', 'X·W_K'),
    label(matmul(X, W_V!), 'V', 'X·W_V'),
    { mask: allowed },
  );
}

/** The mask the "masked" step applied, broadcast to the full [b, n, n] grid of the scores. */
export function allowedGrid(steps: readonly TraceStep[]): Float32Array {
  const step = steps.find((s) => s.name === 'masked')!;
  const [scores, allowed] = step.inputs.map((i) => i.tensor) as [Tensor, Tensor];
  return expandToShape(allowed.data, allowed.shape, scores.shape);
}

/** Flat indices of the blocked (mask 0) cells of one n × n matrix of the grid. */
export function blockedCells(grid: Float32Array, sentence: number, n: number): Set<number> {
  const blocked = new Set<number>();
  for (let i = 0; i < n * n; i++) if (grid[sentence * n * n + i] === 0) blocked.add(i);
  return blocked;
}

/** "'she' may attend to she; 'is' may attend to she, is; …" for one sentence's mask. */
export function describeAllowed(
  grid: Float32Array,
  sentence: number,
  words: readonly string[],
  verb: string,
): string {
  const n = words.length;
  return words
    .map((query, i) => {
      const keys = words.filter((_, j) => grid[sentence * n * n + i * n + j] === 1);
      return `'${query}' ${verb} ${keys.join(', ')}`;
    })
    .join('; ');
}

/** What the figure draws for one mode: the padded batch, the mask applied and the attention. */
export interface MaskFigure {
  readonly batch: readonly (readonly string[])[];
  /** The padded length: every matrix is n × n. */
  readonly n: number;
  /** The mask applied, broadcast to [b, n, n] (see allowedGrid). */
  readonly grid: Float32Array;
  /** QKᵀ/√d_k before the mask, [b, n, n]. */
  readonly scaled: Float32Array;
  /** The weights after the masked softmax, [b, n, n]. */
  readonly weights: Float32Array;
}

/** Pads the batch `mode` is shown on and runs the masked self-attention over it. */
export function maskFigure(batches: MaskBatches, mode: MaskMode): MaskFigure {
  const batch = padBatch(batches[sideOf(mode)]);
  const { steps } = traced(() => maskedAttention(maskInputs(batch), mode)).trace;
  return {
    batch,
    n: batch[0]!.length,
    grid: allowedGrid(steps),
    scaled: steps.find((s) => s.name === 'scaled')!.output.data,
    weights: steps.find((s) => s.name === 'weights')!.output.data,
  };
}
