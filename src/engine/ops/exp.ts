import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** e^x element-wise. */
export const expOp = defineUnary({
  name: 'exp',
  kernel: (x, out) => {
    for (let i = 0; i < out.length; i++) out[i] = Math.exp(x[i]!);
  },
  gradient: (g, _x, y, dx) => {
    for (let i = 0; i < dx.length; i++) dx[i] = g[i]! * y[i]!;
  },
  lower: (ctx, x) => single(ctx, 'Exp', [x]),
});

/** Returns `e^x` element-wise. */
export function exp(x: Tensor): Tensor {
  return applyPlain(expOp, x);
}
