import { apply } from '../apply';
import { EngineError } from '../errors';
import type { OpDef } from '../op';
import { lastDim, sameShape } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs, expectMinRank } from './checks';
import { scalarConstant, single } from './onnxHelpers';

type LayerNormAttrs = { readonly eps: number };

/** Mean and 1/standard deviation of `d` values starting at `offset` (biased variance). */
function rowStats(data: Float32Array, offset: number, d: number, eps: number) {
  let sum = 0;
  for (let j = 0; j < d; j++) sum += data[offset + j]!;
  const mean = sum / d;
  let squares = 0;
  for (let j = 0; j < d; j++) squares += (data[offset + j]! - mean) ** 2;
  return { mean, rstd: 1 / Math.sqrt(squares / d + eps) };
}

/** Layer normalisation over the last axis, then a learned scale γ and shift β. */
export const layerNormOp: OpDef<LayerNormAttrs> = {
  name: 'layerNorm',
  outputShape(shapes) {
    const [x, gamma, beta] = expectInputs('layerNorm', shapes, 3);
    expectMinRank('layerNorm', shapes, x, 1);
    const d = [lastDim(x)];
    if (!sameShape(gamma, d) || !sameShape(beta, d)) {
      throw new EngineError('layerNorm', shapes, `gamma and beta must both be [${d[0]}]`);
    }
    return x;
  },
  forward([x, gamma, beta], { eps }) {
    const d = lastDim(x!.shape);
    const out = new Float32Array(x!.size);
    for (let row = 0; row < x!.size; row += d) {
      const { mean, rstd } = rowStats(x!.data, row, d, eps);
      for (let j = 0; j < d; j++) {
        out[row + j] = (x!.data[row + j]! - mean) * rstd * gamma!.data[j]! + beta!.data[j]!;
      }
    }
    return out;
  },
  backward(grad, [x, gamma], _output, { eps }) {
    const d = lastDim(x!.shape);
    const [g, dx] = [grad.data, new Float32Array(x!.size)];
    const [dGamma, dBeta] = [new Float32Array(d), new Float32Array(d)];
    for (let row = 0; row < x!.size; row += d) {
      const { mean, rstd } = rowStats(x!.data, row, d, eps);
      let sumDh = 0;
      let sumDhXhat = 0;
      for (let j = 0; j < d; j++) {
        const xhat = (x!.data[row + j]! - mean) * rstd;
        const dh = g[row + j]! * gamma!.data[j]!;
        sumDh += dh;
        sumDhXhat += dh * xhat;
        dGamma[j]! += g[row + j]! * xhat;
        dBeta[j]! += g[row + j]!;
      }
      for (let j = 0; j < d; j++) {
        const xhat = (x!.data[row + j]! - mean) * rstd;
        const dh = g[row + j]! * gamma!.data[j]!;
        dx[row + j] = rstd * (dh - sumDh / d - (xhat * sumDhXhat) / d);
      }
    }
    return [new Tensor(dx, x!.shape), new Tensor(dGamma, [d]), new Tensor(dBeta, [d])];
  },
  lower(ctx, [x, gamma, beta], _shapes, { eps }) {
    if (ctx.target !== 'webgl') {
      const attributes = { axis: { int: -1 }, epsilon: { float: eps } };
      return ctx.node('LayerNormalization', [x!, gamma!, beta!], attributes);
    }
    const lastAxis = { axes: { ints: [-1] }, keepdims: { int: 1 } };
    const centred = single(ctx, 'Sub', [x!, single(ctx, 'ReduceMean', [x!], lastAxis)]);
    const variance = single(ctx, 'ReduceMean', [single(ctx, 'Mul', [centred, centred])], lastAxis);
    const std = single(ctx, 'Sqrt', [single(ctx, 'Add', [variance, scalarConstant(ctx, eps)])]);
    const normalised = single(ctx, 'Div', [centred, std]);
    return ctx.node('Add', [single(ctx, 'Mul', [normalised, gamma!]), beta!]);
  },
};

/** Normalises over the last axis, then applies `gamma` and `beta` ([d] each). */
export function layerNorm(x: Tensor, gamma: Tensor, beta: Tensor, eps = 1e-5): Tensor {
  return apply(layerNormOp, [x, gamma, beta], { eps });
}
