import { add, mask, matmul, reshape, softmax, tanh, type Tensor } from '../engine';
import { createLinear, linear, type Linear } from './linear';
import type { ParameterSet } from './parameter-set';

/** Weights of additive attention e_ij = vᵀ tanh(W s_i + U h_j). */
export interface AdditiveAttention {
  readonly query: Linear;
  readonly key: Linear;
  readonly score: Tensor;
}

/** Additive attention from `querySize` decoder states to `keySize` encoder states via `size` units. */
export function createAdditiveAttention(
  params: ParameterSet,
  name: string,
  querySize: number,
  keySize: number,
  size: number,
): AdditiveAttention {
  return {
    query: createLinear(params, `${name}.W`, querySize, size),
    key: createLinear(params, `${name}.U`, keySize, size),
    score: params.matrix(`${name}.v`, size, 1),
  };
}

/** U h_j for every encoder state [B, S, K] → [B, S, A]; it does not depend on the step, so compute it once. */
export function projectKeys(attention: AdditiveAttention, states: Tensor): Tensor {
  return linear(states, attention.key);
}

/**
 * One attention step for queries [B, Q]: weights α = softmax(e) over unmasked source positions
 * (`sourceMask` [B, S], 1 = real token) and the context Σ_j α_ij h_j [B, K].
 */
export function attend(
  attention: AdditiveAttention,
  keys: Tensor,
  states: Tensor,
  sourceMask: Tensor,
  query: Tensor,
): { context: Tensor; weights: Tensor } {
  const [batch, length, size] = keys.shape as [number, number, number];
  const projected = reshape(linear(query, attention.query), [batch, 1, size]);
  const hidden = reshape(tanh(add(keys, projected)), [batch * length, size]);
  const scores = reshape(matmul(hidden, attention.score), [batch, length]);
  const weights = softmax(mask(scores, sourceMask), -1);
  const context = matmul(reshape(weights, [batch, 1, length]), states);
  return { context: reshape(context, [batch, states.shape[2]!]), weights };
}
