import { EngineError } from './errors';
import { Tensor } from './tensor';

/** The angular frequency 1/10000^(2i/d) shared by dimensions 2i (sine) and 2i+1 (cosine). */
function frequency(dimension: number, dModel: number): number {
  const pair = Math.floor(dimension / 2);
  return 1 / 10000 ** ((2 * pair) / dModel);
}

/**
 * The sinusoidal positional encoding of Vaswani et al. as an [n, d] tensor:
 * PE(pos, 2i) = sin(pos / 10000^(2i/d)), PE(pos, 2i+1) = cos(pos / 10000^(2i/d)).
 */
export function sinusoidalEncoding(positions: number, dModel: number): Tensor {
  const valid =
    Number.isInteger(positions) && positions >= 1 && Number.isInteger(dModel) && dModel >= 2;
  if (!valid || dModel % 2 !== 0) {
    const detail = 'needs at least one position and an even d_model';
    throw new EngineError('sinusoidalEncoding', [[positions, dModel]], detail);
  }
  const data = new Float32Array(positions * dModel);
  for (let pos = 0; pos < positions; pos++) {
    for (let dim = 0; dim < dModel; dim++) {
      const angle = pos * frequency(dim, dModel);
      data[pos * dModel + dim] = dim % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return new Tensor(data, [positions, dModel], { name: 'PE' });
}

/** The wavelength, in positions, of dimension `dimension`'s wave: 2π·10000^(2i/d). */
export function encodingWavelength(dimension: number, dModel: number): number {
  return (2 * Math.PI) / frequency(dimension, dModel);
}
