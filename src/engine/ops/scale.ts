import { apply } from '../apply';
import type { OpDef } from '../op';
import type { Tensor } from '../tensor';
import { expectInputs } from './checks';
import { scalarConstant } from './onnxHelpers';

type ScaleAttrs = { readonly factor: number };

/** Multiplication by a constant, e.g. the 1/√d_k of attention. */
export const scaleOp: OpDef<ScaleAttrs> = {
  name: 'scale',
  outputShape: (shapes) => expectInputs('scale', shapes, 1)[0],
  forward([x], { factor }) {
    const [data, out] = [x!.data, new Float32Array(x!.size)];
    for (let i = 0; i < out.length; i++) out[i] = data[i]! * factor;
    return out;
  },
  backward: (grad, _inputs, _output, { factor }) => [scale(grad, factor)],
  lower: (ctx, [x], _shapes, { factor }) => ctx.node('Mul', [x!, scalarConstant(ctx, factor)]),
};

/** Returns `x * factor`. */
export function scale(x: Tensor, factor: number): Tensor {
  return apply(scaleOp, [x], { factor });
}
