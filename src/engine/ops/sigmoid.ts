import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** Logistic sigmoid element-wise. */
export const sigmoidOp = defineUnary({
  name: 'sigmoid',
  // Two forms so that exp never overflows for large |x|.
  kernel: (x, out) => {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
    }
  },
  gradient: (g, _x, y, dx) => {
    for (let i = 0; i < dx.length; i++) dx[i] = g[i]! * (y[i]! * (1 - y[i]!));
  },
  lower: (ctx, x) => single(ctx, 'Sigmoid', [x]),
});

/** Returns `1 / (1 + exp(-x))` element-wise. */
export function sigmoid(x: Tensor): Tensor {
  return applyPlain(sigmoidOp, x);
}
