import { apply } from '../apply';
import { expandToShape } from '../broadcast';
import { EngineError } from '../errors';
import type { OpDef } from '../op';
import { broadcastShapes, sameShape } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';
import { castTo, OnnxType, scalarConstant, single } from './onnxHelpers';

type MaskAttrs = { readonly fill: number };

/** Attention masking: where mask is 0, the score is replaced by a large negative number. */
export const maskOp: OpDef<MaskAttrs> = {
  name: 'mask',
  outputShape(shapes) {
    const [x, mask] = expectInputs('mask', shapes, 2);
    const shape = broadcastShapes(x, mask);
    if (!shape || !sameShape(shape, x)) {
      throw new EngineError('mask', shapes, 'mask must broadcast to the shape of the scores');
    }
    return x;
  },
  checkValues([x, mask]) {
    const at = mask!.data.findIndex((v) => v !== 0 && v !== 1);
    if (at >= 0) {
      const detail = `mask value ${mask!.data[at]} is not 0 or 1`;
      throw new EngineError('mask', [x!.shape, mask!.shape], detail, 'value');
    }
  },
  forward([x, mask], { fill }) {
    const [v, m] = [x!.data, expandToShape(mask!.data, mask!.shape, x!.shape)];
    const out = new Float32Array(v.length);
    for (let i = 0; i < out.length; i++) out[i] = m[i] === 1 ? v[i]! : fill;
    return out;
  },
  backward(grad, [x, mask]) {
    const [g, m] = [grad.data, expandToShape(mask!.data, mask!.shape, x!.shape)];
    const dx = new Float32Array(g.length);
    for (let i = 0; i < dx.length; i++) dx[i] = g[i]! * m[i]!;
    return [new Tensor(dx, x!.shape), null];
  },
  lower(ctx, [x, mask], _shapes, { fill }) {
    if (ctx.target !== 'webgl') {
      return ctx.node('Where', [castTo(ctx, mask!, OnnxType.bool), x!, scalarConstant(ctx, fill)]);
    }
    // WebGL has no Where; with a 0/1 mask, x·m + fill·(1 − m) picks the same values exactly.
    const kept = single(ctx, 'Mul', [x!, mask!]);
    const blocked = single(ctx, 'Sub', [scalarConstant(ctx, 1), mask!]);
    return ctx.node('Add', [kept, single(ctx, 'Mul', [blocked, scalarConstant(ctx, fill)])]);
  },
};

/** Keeps scores where `allowed` is 1 and sets them to `fill` (default −1e9) where it is 0. */
export function mask(scores: Tensor, allowed: Tensor, fill = -1e9): Tensor {
  return apply(maskOp, [scores, allowed], { fill });
}
