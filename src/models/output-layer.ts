import { tanh, type Tensor } from '../engine';
import { createLinear, linear, type Linear } from './linear';
import type { ParameterSet } from './parameter-set';

/**
 * A recurrent decoder's output layer: one projection of its features to the vocabulary, or first
 * a tanh layer of `hidden` units (the "deep output" of Cho et al. and Bahdanau et al., a maxout
 * there). The narrow layer is most of why a training step costs less: the projection to the
 * vocabulary is the largest matmul of every decoder step.
 */
export interface OutputLayer {
  readonly deep: Linear | undefined;
  readonly projection: Linear;
}

/** An output layer from `features` inputs to `vocab` logits, deep when `hidden` is given. */
export function createOutputLayer(
  params: ParameterSet,
  features: number,
  vocab: number,
  hidden?: number,
): OutputLayer {
  return {
    deep: hidden === undefined ? undefined : createLinear(params, 'decoder.deep', features, hidden),
    projection: createLinear(params, 'decoder.output', hidden ?? features, vocab),
  };
}

/** Logits [B, vocab] of features [B, features]. */
export function outputLogits(layer: OutputLayer, features: Tensor): Tensor {
  const input = layer.deep === undefined ? features : tanh(linear(features, layer.deep));
  return linear(input, layer.projection);
}
