import { tensor } from '../engine/create';
import { causalMask } from '../engine/masks';
import { log } from '../engine/ops/log';
import { matmul } from '../engine/ops/matmul';
import { scale } from '../engine/ops/scale';
import { softmax } from '../engine/ops/softmax';
import { tanh } from '../engine/ops/tanh';
import { sinusoidalEncoding } from '../engine/positional';

/** The softmax weight of entry `index` among `scores`, on the engine. */
export function softmaxWeight(scores: readonly number[], index: number): number {
  return softmax(tensor(scores, [1, scores.length])).data[index]!;
}

/** −log p (natural log): what one step adds to the cross-entropy loss, on the engine. */
export function stepLoss(probability: number): number {
  return -log(tensor([probability], [1])).data[0]!;
}

/** The scaled dot product q·k/√d_k of two vectors of equal length, on the engine. */
export function scaledDot(q: readonly number[], k: readonly number[]): number {
  const product = matmul(tensor(q, [1, q.length]), tensor(k, [k.length, 1]));
  return scale(product, 1 / Math.sqrt(q.length)).data[0]!;
}

/** Σ weights·values: a one-dimensional attention output, on the engine. */
export function weightedSum(weights: readonly number[], values: readonly number[]): number {
  return matmul(tensor(weights, [1, weights.length]), tensor(values, [values.length, 1])).data[0]!;
}

/** The last state of the scalar RNN h_t = tanh(w·x_t + u·h_{t−1} + b) from h_0 = 0, on the engine. */
export function rnnState(xs: readonly number[], w: number, u: number, b: number): number {
  let h = 0;
  for (const x of xs) h = tanh(tensor([w * x + u * h + b], [1])).data[0]!;
  return h;
}

/** How many of the n × n attention weights a causal mask blocks, counted on the engine's mask. */
export function causalBlocked(n: number): number {
  return causalMask(n).data.filter((allowed) => allowed === 0).length;
}

/** PE(pos, dimension) of the sinusoidal encoding for width d_model, from the engine. */
export function positionalValue(pos: number, dimension: number, dModel: number): number {
  return sinusoidalEncoding(pos + 1, dModel).data[pos * dModel + dimension]!;
}

/** The GRU's state update z·h_{t−1} + (1 − z)·h̃_t for one unit. */
export function gruUpdate(z: number, previous: number, candidate: number): number {
  return z * previous + (1 - z) * candidate;
}
