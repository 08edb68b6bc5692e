import {
  mask,
  matmul,
  mergeHeads,
  mul,
  scale,
  softmax,
  splitHeads,
  transpose,
  type Tensor,
} from '../engine';
import { replaced, type AttentionHook } from './attention-hooks';
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

/**
 * Attention of query heads [B, h, n, dk] over key/value heads [B, h, m, dk]; `allowed` masks keys.
 * A hook may watch the site and gate each head's output before W_O.
 */
export function attendHeads(
  layer: MultiHeadAttention,
  queries: Tensor,
  keys: Tensor,
  values: Tensor,
  allowed: Tensor,
  hook?: AttentionHook,
): { output: Tensor; weights: Tensor } {
  const scores = scale(matmul(queries, transpose(keys)), 1 / Math.sqrt(queries.shape[3]!));
  const weights = softmax(mask(scores, allowed), -1);
  hook?.observe?.({ queries, keys, values, weights });
  const heads = matmul(weights, values);
  // Without a gate no op is added, so the traced and exported graphs stay as trained.
  const gated = hook?.gate ? mul(heads, hook.gate) : heads;
  return { output: linear(mergeHeads(gated), layer.output), weights };
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
  hook?: AttentionHook,
): { output: Tensor; weights: Tensor } {
  // The engine's attentionForward hides the weights, which the course shows, so compose it here.
  const { heads } = layer;
  return attendHeads(
    layer,
    replaced(hook, 'query', projectHeads(queries, layer.query, heads)),
    replaced(hook, 'key', projectHeads(memory, layer.key, heads)),
    replaced(hook, 'value', projectHeads(memory, layer.value, heads)),
    allowed,
    hook,
  );
}
