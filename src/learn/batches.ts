import type { Rng } from '../engine';
import type { Example } from './example';

/** Fisher–Yates shuffle of a copy, driven by `rng`. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// Sorting within windows of this many batches keeps batches length-homogeneous yet still varied.
const WINDOW_BATCHES = 50;

/**
 * One epoch of batches bucketed by length to cut padding: shuffle, sort windows of examples by
 * (target, source) length, cut them into batches of `batchSize`, then shuffle the batch order.
 */
export function bucketedBatches(
  examples: readonly Example[],
  batchSize: number,
  rng: Rng,
): Example[][] {
  const order = shuffled(examples, rng);
  const batches: Example[][] = [];
  const window = batchSize * WINDOW_BATCHES;
  for (let start = 0; start < order.length; start += window) {
    const sorted = order
      .slice(start, start + window)
      .sort((a, b) => a.tgt.length - b.tgt.length || a.src.length - b.src.length);
    for (let i = 0; i < sorted.length; i += batchSize) batches.push(sorted.slice(i, i + batchSize));
  }
  return shuffled(batches, rng);
}

/** Which examples a fine-tuning epoch oversamples, and how many of its batches hold only them. */
export interface Oversampling {
  /** Examples whose source has at least this many tokens are oversampled. */
  readonly minLength: number;
  /** Share of the epoch's batches drawn from the long examples alone (below 1). */
  readonly share: number;
}

/**
 * One epoch of bucketed batches of every example, plus enough bucketed batches of the long
 * examples alone (reshuffled on every pass over them) that they make up `share` of the batches,
 * in a shuffled order. Whole long batches, not long halves of each batch, keep the padding low.
 */
export function oversampledBatches(
  examples: readonly Example[],
  batchSize: number,
  rng: Rng,
  { minLength, share }: Oversampling,
): Example[][] {
  const regular = bucketedBatches(examples, batchSize, rng);
  const long = examples.filter((e) => e.src.length >= minLength);
  const wanted = long.length === 0 ? 0 : Math.round((regular.length * share) / (1 - share));
  if (wanted === 0) return regular;
  const extra: Example[][] = [];
  while (extra.length < wanted) extra.push(...bucketedBatches(long, batchSize, rng));
  return shuffled([...regular, ...extra.slice(0, wanted)], rng);
}
