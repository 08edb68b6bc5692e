import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** max(0, x) element-wise. */
export const reluOp = defineUnary({
  name: 'relu',
  kernel: (x, out) => {
    for (let i = 0; i < out.length; i++) out[i] = x[i]! > 0 ? x[i]! : 0;
  },
  gradient: (g, x, _y, dx) => {
    for (let i = 0; i < dx.length; i++) dx[i] = g[i]! * (x[i]! > 0 ? 1 : 0);
  },
  lower: (ctx, x) => single(ctx, 'Relu', [x]),
});

/** Returns `max(0, x)` element-wise. */
export function relu(x: Tensor): Tensor {
  return applyPlain(reluOp, x);
}
