import { affine, reshape, type Tensor } from '../engine';
import type { ParameterSet } from './parameter-set';

/** An affine map x ↦ xW + b with W [in, out] and b [out]. */
export interface Linear {
  readonly weight: Tensor;
  readonly bias: Tensor;
}

/** A Xavier-initialised linear layer with a zero bias, named `name.W` and `name.b`. */
export function createLinear(
  params: ParameterSet,
  name: string,
  inputSize: number,
  outputSize: number,
): Linear {
  return {
    weight: params.matrix(`${name}.W`, inputSize, outputSize),
    bias: params.constant(`${name}.b`, [outputSize], 0),
  };
}

/** Applies `layer` to the last axis of x [..., in] → [..., out]. */
export function linear(x: Tensor, layer: Linear): Tensor {
  if (x.rank === 2) return affine(x, layer.weight, layer.bias);
  const [inputSize, outputSize] = layer.weight.shape as [number, number];
  const out = affine(reshape(x, [-1, inputSize]), layer.weight, layer.bias);
  return reshape(out, [...x.shape.slice(0, -1), outputSize]);
}
