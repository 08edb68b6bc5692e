import {
  mask,
  matmul,
  mergeHeads,
  scale,
  softmax,
  splitHeads,
  transpose,
  type Tensor,
} from '../engine';
import { createLinear, linear, type Linear } from './linear';
import type { ParameterSet } from './parameter-set';

/** Projections of multi-head attention: queries, keys, values and the output. */
export interface MultiHeadAttention {
  readonly query: Linear;
  readonly key: Linear;
  readonly value: Linear;
  readonly output: Linear;
  readonly heads: number;
}

/** Multi-head attention over `dModel` features split into `heads` heads. */
export function createMultiHeadAttention(
  params: ParameterSet,
  name: string,
  dModel: number,
  heads: number,
): MultiHeadAttention {
  return {
    query: createLinear(params, `${name}.query`, dModel, dModel),
    key: createLinear(params, `${name}.key`, dModel, dModel),
    value: createLinear(params, `${name}.value`, dModel, dModel),
    output: createLinear(params, `${name}.output`, dModel, dModel),
    heads,
  };
}

/** Splits `x` [B, n, d] projected by `projection` into heads [B, h, n, d/h]. */
export function projectHeads(x: Tensor, projection: Linear, heads: number): Tensor {
  return splitHeads(linear(x, projection), heads);
}

/** Attention of query heads [B, h, n, dk] over key/value heads [B, h, m, dk]; `allowed` masks keys. */
export function attendHeads(
  layer: MultiHeadAttention,
  queries: Tensor,
  keys: Tensor,
  values: Tensor,
  allowed: Tensor,
): { output: Tensor; weights: Tensor } {
  const scores = scale(matmul(queries, transpose(keys)), 1 / Math.sqrt(queries.shape[3]!));
  const weights = softmax(mask(scores, allowed), -1);
  return { output: linear(mergeHeads(matmul(weights, values)), layer.output), weights };
}

/**
 * Scaled dot-product attention of queries [B, n, d] over memory [B, m, d], per head; `allowed`
 * (1 = may attend) broadcasts to the [B, h, n, m] scores. Returns the output and the weights.
 */
export function multiHeadAttention(
  layer: MultiHeadAttention,
  queries: Tensor,
  memory: Tensor,
  allowed: Tensor,
): { output: Tensor; weights: Tensor } {
  // The engine's attentionForward hides the weights, which the course shows, so compose it here.
  const { heads } = layer;
  return attendHeads(
    layer,
    projectHeads(queries, layer.query, heads),
    projectHeads(memory, layer.key, heads),
    projectHeads(memory, layer.value, heads),
    allowed,
  );
}
