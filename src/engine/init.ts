import { sizeOf, type Shape } from './shape';
import type { Rng } from './random';
import { Tensor } from './tensor';

/** Normal samples with mean 0 and standard deviation `std`. */
export function randn(shape: Shape, rng: Rng, std = 1, name?: string): Tensor {
  const data = new Float32Array(sizeOf(shape)).map(() => rng.normal() * std);
  return new Tensor(data, shape, { name });
}

/** Uniform samples in [low, high). */
export function randUniform(
  shape: Shape,
  rng: Rng,
  low: number,
  high: number,
  name?: string,
): Tensor {
  const data = new Float32Array(sizeOf(shape)).map(() => low + (high - low) * rng.uniform());
  return new Tensor(data, shape, { name });
}

/**
 * Xavier/Glorot uniform for a [fanIn, fanOut] weight: the limit √(6/(fanIn+fanOut)) keeps the
 * variance of activations and of gradients roughly constant from layer to layer.
 */
export function xavierUniform(fanIn: number, fanOut: number, rng: Rng, name?: string): Tensor {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  return randUniform([fanIn, fanOut], rng, -limit, limit, name);
}
