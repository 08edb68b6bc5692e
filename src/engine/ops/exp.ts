import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** e^x element-wise. */
export const expOp = defineUnary({
  name: 'exp',
  kernel: (x, out) => {
    for (let i = 0; i < out.length; i++) out[i] = Math.exp(x[i]!);
  },
  derivative: (_x, y) => y,
  lower: (ctx, x) => single(ctx, 'Exp', [x]),
});

/** Returns `e^x` element-wise. */
export function exp(x: Tensor): Tensor {
  return applyPlain(expOp, x);
}
