import { randn } from '../../../src/engine/init';
import { matmul } from '../../../src/engine/ops/matmul';
import { scale } from '../../../src/engine/ops/scale';
import { softmax } from '../../../src/engine/ops/softmax';
import { transpose } from '../../../src/engine/ops/transpose';
import { createRng } from '../../../src/engine/random';
import { input, label, traced } from '../../../src/engine/trace';

/** The d_k values the slider steps through: roughly log-spaced from 1 to 512. */
export const dkValues: readonly number[] = [
  1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512,
];

/** How many queries and keys are sampled at each d_k (so 32 × 32 scores). */
export const SAMPLE_SIZE = 32;

/** Summary statistics of one set of scores and of the softmax weights computed from them. */
export interface ScoreStats {
  /** Variance of all scores. */
  readonly variance: number;
  /** Average over queries of the largest softmax weight (1/n: uniform; 1: one key takes all). */
  readonly maxWeight: number;
  /** Average over queries of the entropy of the weights, in bits (log₂ n: uniform; 0: one-hot). */
  readonly entropy: number;
}

/** The statistics at one d_k, without and with the 1/√d_k scaling. */
export interface ScalePoint {
  readonly dK: number;
  readonly raw: ScoreStats;
  readonly scaled: ScoreStats;
}

/** Population variance of a list of numbers. */
export function variance(values: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i]!;
  mean /= values.length;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i]! - mean) ** 2;
  return sum / values.length;
}

/** Average largest entry and average entropy (bits) of the rows of a row-stochastic matrix. */
export function weightStats(
  weights: ArrayLike<number>,
  rows: number,
  columns: number,
): Omit<ScoreStats, 'variance'> {
  let maxWeight = 0;
  let entropy = 0;
  for (let i = 0; i < rows; i++) {
    let max = 0;
    for (let j = 0; j < columns; j++) {
      const p = weights[i * columns + j]!;
      max = Math.max(max, p);
      if (p > 0) entropy -= p * Math.log2(p);
    }
    maxWeight += max;
  }
  return { maxWeight: maxWeight / rows, entropy: entropy / rows };
}

/**
 * Samples unit-variance Q and K [n, d_k] from `seed` and runs both the unscaled and the scaled
 * scores through the engine's softmax; the statistics are read off the trace's steps.
 */
export function scalePoint(dK: number, seed: number, n = SAMPLE_SIZE): ScalePoint {
  const rng = createRng(seed * 1000 + dK);
  const { trace } = traced(() => {
    const Q = input(randn([n, dK], rng), 'Q');
    const K = input(randn([n, dK], rng), 'K');
    const scores = label(matmul(Q, transpose(K)), 'scores', 'QKᵀ');
    const scaled = label(scale(scores, 1 / Math.sqrt(dK)), 'scaled', 'scores/√d_k');
    label(softmax(scores, -1), 'raw weights', 'softmax(scores)');
    label(softmax(scaled, -1), 'weights', 'softmax(scaled)');
  });
  const output = (prefix: string) => trace.steps.find((step) => step.name === prefix)!.output.data;
  return {
    dK,
    raw: { variance: variance(output('scores')), ...weightStats(output('raw weights'), n, n) },
    scaled: { variance: variance(output('scaled')), ...weightStats(output('weights'), n, n) },
  };
}

/** The statistics at every slider position, for the curves. */
export function scaleCurve(seed: number, n = SAMPLE_SIZE): ScalePoint[] {
  return dkValues.map((dK) => scalePoint(dK, seed, n));
}
