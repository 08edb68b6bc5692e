import { add, layerNorm, relu, type Tensor } from '../engine';
import type { AttentionHook } from './attention-hooks';
import { createLinear, linear, type Linear } from './linear';
import {
  createMultiHeadAttention,
  multiHeadAttention,
  type MultiHeadAttention,
} from './multi-head-attention';
import type { ParameterSet } from './parameter-set';

/** A layer norm's learned gain and shift. */
export interface Norm {
  readonly gain: Tensor;
  readonly shift: Tensor;
}

/** Position-wise feed-forward network max(0, x W₁ + b₁) W₂ + b₂. */
export interface FeedForward {
  readonly inner: Linear;
  readonly outer: Linear;
}

/** Encoder layer: self-attention then feed-forward, each followed by add & norm. */
export interface EncoderLayer {
  readonly selfAttention: MultiHeadAttention;
  readonly feedForward: FeedForward;
  readonly norms: readonly [Norm, Norm];
}

/** Decoder layer: masked self-attention, cross-attention, feed-forward, each with add & norm. */
export interface DecoderLayer {
  readonly selfAttention: MultiHeadAttention;
  readonly crossAttention: MultiHeadAttention;
  readonly feedForward: FeedForward;
  readonly norms: readonly [Norm, Norm, Norm];
}

function createNorm(params: ParameterSet, name: string, d: number): Norm {
  return {
    gain: params.constant(`${name}.gain`, [d], 1),
    shift: params.constant(`${name}.shift`, [d], 0),
  };
}

function createFeedForward(
  params: ParameterSet,
  name: string,
  d: number,
  dFF: number,
): FeedForward {
  return {
    inner: createLinear(params, `${name}.inner`, d, dFF),
    outer: createLinear(params, `${name}.outer`, dFF, d),
  };
}

/** Post-LN residual block of the original paper: LayerNorm(x + sublayer(x)). */
export function addNorm(x: Tensor, sublayerOutput: Tensor, norm: Norm): Tensor {
  return layerNorm(add(x, sublayerOutput), norm.gain, norm.shift);
}

/** The position-wise feed-forward network applied to x [..., d]. */
export function feedForward(ffn: FeedForward, x: Tensor): Tensor {
  return linear(relu(linear(x, ffn.inner)), ffn.outer);
}

/** An encoder layer's weights, named under `name`. */
export function createEncoderLayer(
  params: ParameterSet,
  name: string,
  d: number,
  heads: number,
  dFF: number,
): EncoderLayer {
  return {
    selfAttention: createMultiHeadAttention(params, `${name}.self`, d, heads),
    feedForward: createFeedForward(params, `${name}.ffn`, d, dFF),
    norms: [createNorm(params, `${name}.norm1`, d), createNorm(params, `${name}.norm2`, d)],
  };
}

/** A decoder layer's weights, named under `name`. */
export function createDecoderLayer(
  params: ParameterSet,
  name: string,
  d: number,
  heads: number,
  dFF: number,
): DecoderLayer {
  return {
    selfAttention: createMultiHeadAttention(params, `${name}.self`, d, heads),
    crossAttention: createMultiHeadAttention(params, `${name}.cross`, d, heads),
    feedForward: createFeedForward(params, `${name}.ffn`, d, dFF),
    norms: [
      createNorm(params, `${name}.norm1`, d),
      createNorm(params, `${name}.norm2`, d),
      createNorm(params, `${name}.norm3`, d),
    ],
  };
}

/** What an encoder layer computes: its output, self-attention weights [B, h, S, S] and FFN output. */
export interface EncoderLayerOutputs {
  readonly output: Tensor;
  readonly selfWeights: Tensor;
  readonly feedForward: Tensor;
}

/** One encoder layer over x [B, S, d]; `sourceMask` [B, 1, 1, S] hides padding keys. */
export function encoderLayer(
  layer: EncoderLayer,
  x: Tensor,
  sourceMask: Tensor,
  hook?: AttentionHook,
): EncoderLayerOutputs {
  const attended = multiHeadAttention(layer.selfAttention, x, x, sourceMask, hook);
  const h = addNorm(x, attended.output, layer.norms[0]);
  const ffn = feedForward(layer.feedForward, h);
  return {
    output: addNorm(h, ffn, layer.norms[1]),
    selfWeights: attended.weights,
    feedForward: ffn,
  };
}

/**
 * One decoder layer over y [B, T, d] given the encoder memory [B, S, d]; `causal` [T, T] stops
 * position t from seeing later targets. Also returns the cross-attention weights [B, h, T, S].
 */
export function decoderLayer(
  layer: DecoderLayer,
  y: Tensor,
  memory: Tensor,
  causal: Tensor,
  sourceMask: Tensor,
): { output: Tensor; crossWeights: Tensor } {
  const [n1, n2, n3] = layer.norms;
  const h1 = addNorm(y, multiHeadAttention(layer.selfAttention, y, y, causal).output, n1);
  const cross = multiHeadAttention(layer.crossAttention, h1, memory, sourceMask);
  const h2 = addNorm(h1, cross.output, n2);
  return {
    output: addNorm(h2, feedForward(layer.feedForward, h2), n3),
    crossWeights: cross.weights,
  };
}
