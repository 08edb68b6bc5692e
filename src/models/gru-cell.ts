import { add, mul, sigmoid, slice, sub, tanh, type Tensor } from '../engine';
import { createLinear, linear, type Linear } from './linear';
import type { ParameterSet } from './parameter-set';

/** A GRU cell's weights, the three gates (reset, update, candidate) fused into one matmul each. */
export interface GruCell {
  readonly input: Linear;
  readonly hidden: Linear;
  readonly size: number;
}

/** A GRU cell reading `inputSize` features into a `hiddenSize` state. */
export function createGruCell(
  params: ParameterSet,
  name: string,
  inputSize: number,
  hiddenSize: number,
): GruCell {
  return {
    input: createLinear(params, `${name}.input`, inputSize, 3 * hiddenSize),
    hidden: createLinear(params, `${name}.hidden`, hiddenSize, 3 * hiddenSize),
    size: hiddenSize,
  };
}

/**
 * One GRU step (Cho et al., 2014): r, z = σ(…), n = tanh(W x + r ⊙ (U h)), h' = (1 − z) ⊙ n + z ⊙ h.
 * Where `keep` [B, 1] is 0 (padding) the state passes through unchanged.
 */
export function gruStep(cell: GruCell, x: Tensor, h: Tensor, keep?: Tensor): Tensor {
  const H = cell.size;
  const gx = linear(x, cell.input);
  const gh = linear(h, cell.hidden);
  const gates = sigmoid(add(slice(gx, 1, 0, 2 * H), slice(gh, 1, 0, 2 * H)));
  const [reset, update] = [slice(gates, 1, 0, H), slice(gates, 1, H, 2 * H)];
  const candidate = tanh(add(slice(gx, 1, 2 * H, 3 * H), mul(reset, slice(gh, 1, 2 * H, 3 * H))));
  const next = add(candidate, mul(update, sub(h, candidate)));
  return keep ? add(h, mul(keep, sub(next, h))) : next;
}
