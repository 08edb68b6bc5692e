import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** Hyperbolic tangent element-wise. */
export const tanhOp = defineUnary({
  name: 'tanh',
  kernel: (x, out) => {
    for (let i = 0; i < out.length; i++) out[i] = Math.tanh(x[i]!);
  },
  gradient: (g, _x, y, dx) => {
    for (let i = 0; i < dx.length; i++) dx[i] = g[i]! * (1 - y[i]! * y[i]!);
  },
  lower: (ctx, x) => single(ctx, 'Tanh', [x]),
});

/** Returns `tanh(x)` element-wise. */
export function tanh(x: Tensor): Tensor {
  return applyPlain(tanhOp, x);
}
