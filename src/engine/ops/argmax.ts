import { apply } from '../apply';
import type { NoAttrs, OpDef } from '../op';
import { lastDim } from '../shape';
import type { Tensor } from '../tensor';
import { expectInputs, expectMinRank } from './checks';
import { castTo, OnnxType, scalarConstant, single } from './onnxHelpers';

/** Index of the largest value along the last axis (first one on ties). Has no gradient. */
export const argmaxOp: OpDef<NoAttrs> = {
  name: 'argmax',
  outputShape(shapes) {
    const [x] = expectInputs('argmax', shapes, 1);
    expectMinRank('argmax', shapes, x, 1);
    return x.slice(0, -1);
  },
  forward([x]) {
    const width = lastDim(x!.shape);
    const out = new Float32Array(x!.size / width);
    for (let row = 0; row < out.length; row++) {
      const values = x!.data.subarray(row * width, (row + 1) * width);
      let best = 0;
      for (let j = 1; j < width; j++) if (values[j]! > values[best]!) best = j;
      out[row] = best;
    }
    return out;
  },
  lower(ctx, [x], [shape]) {
    if (ctx.target !== 'webgl') {
      const indices = ctx.node('ArgMax', [x!], { axis: { int: -1 }, keepdims: { int: 0 } });
      return [castTo(ctx, indices[0]!, OnnxType.float)];
    }
    // Without ArgMax: flag the maxima with relu(1 − (max − x)·2⁴⁰), weight flag j by (width − j)
    // so the first maximum scores highest, and turn the winning weight back into an index.
    const width = lastDim(shape!);
    const lastAxis = (keep: number) => ({ axes: { ints: [-1] }, keepdims: { int: keep } });
    const max = single(ctx, 'ReduceMax', [x!], lastAxis(1));
    const gap = single(ctx, 'Mul', [single(ctx, 'Sub', [max, x!]), scalarConstant(ctx, 2 ** 40)]);
    const isMax = single(ctx, 'Relu', [single(ctx, 'Sub', [scalarConstant(ctx, 1), gap])]);
    const firstWins = Array.from({ length: width }, (_, j) => width - j);
    const weights = ctx.constantFloat(firstWins, [width]);
    const best = single(ctx, 'ReduceMax', [single(ctx, 'Mul', [isMax, weights])], lastAxis(0));
    return ctx.node('Sub', [scalarConstant(ctx, width), best]);
  },
};

/** Index of the largest value along the last axis, as a float tensor (forward only). */
export function argmax(x: Tensor): Tensor {
  return apply(argmaxOp, [x], {});
}
