import { add, gather, matmul, reshape, scale, type Tensor } from '../engine';
import { replaced, type DecoderHooks } from './attention-hooks';
import { attendHeads, projectHeads } from './multi-head-attention';
import { addNorm, feedForward, type DecoderLayer } from './transformer-layers';

/** One decoder layer's inputs for a single new position with a key/value cache. */
export interface CachedLayerInputs {
  /** Cached self-attention keys and values [1, h, T, dk]; the slot of the new position is zero. */
  readonly keys: Tensor;
  readonly values: Tensor;
  /** Cross-attention keys and values of the encoder memory [1, h, S, dk]. */
  readonly memoryKeys: Tensor;
  readonly memoryValues: Tensor;
}

/** What one decoder layer computes for the new position. */
export interface CachedLayerOutputs {
  readonly output: Tensor;
  /** The cache with this position's key and value written into its slot. */
  readonly keys: Tensor;
  readonly values: Tensor;
  readonly selfWeights: Tensor;
  readonly crossWeights: Tensor;
  readonly feedForward: Tensor;
}

/**
 * A decoder layer for the newest position only: its query attends over the cached keys of
 * earlier positions plus its own, so earlier positions are never recomputed. `slot` [1, 1, T, 1]
 * is one-hot at the new position; `selfAllowed` [1, 1, 1, T] admits slots up to it. Hooks replace
 * the self-attention's keys and values after this position is written into the cache, so a
 * replacement is carried to later steps as the cache is.
 */
export function cachedDecoderLayer(
  layer: DecoderLayer,
  y: Tensor,
  cache: CachedLayerInputs,
  slot: Tensor,
  selfAllowed: Tensor,
  sourceAllowed: Tensor,
  hooks: DecoderHooks = {},
): CachedLayerOutputs {
  const { heads } = layer.selfAttention;
  const [n1, n2, n3] = layer.norms;
  const self = layer.selfAttention;
  const written = (cached: Tensor, role: 'key' | 'value') =>
    replaced(hooks.self, role, add(cached, matmul(slot, projectHeads(y, self[role], heads))));
  const keys = written(cache.keys, 'key');
  const values = written(cache.values, 'value');
  const query = replaced(hooks.self, 'query', projectHeads(y, self.query, heads));
  const attended = attendHeads(self, query, keys, values, selfAllowed, hooks.self);
  const h1 = addNorm(y, attended.output, n1);
  const cross = layer.crossAttention;
  const crossAttended = attendHeads(
    cross,
    replaced(hooks.cross, 'query', projectHeads(h1, cross.query, heads)),
    replaced(hooks.cross, 'key', cache.memoryKeys),
    replaced(hooks.cross, 'value', cache.memoryValues),
    sourceAllowed,
    hooks.cross,
  );
  const h2 = addNorm(h1, crossAttended.output, n2);
  const ffn = feedForward(layer.feedForward, h2);
  return {
    output: addNorm(h2, ffn, n3),
    keys,
    values,
    selfWeights: attended.weights,
    crossWeights: crossAttended.weights,
    feedForward: ffn,
  };
}

/** √d · E[token] + PE[position] for `token` [1] and the one-hot `position` [1, T] → [1, 1, d]. */
export function embedAt(table: Tensor, positions: Tensor, token: Tensor, position: Tensor): Tensor {
  const d = table.shape[1]!;
  const embedded = scale(gather(table, token), Math.sqrt(d));
  return reshape(add(embedded, matmul(position, positions)), [1, 1, d]);
}
