import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** Logistic sigmoid element-wise. */
export const sigmoidOp = defineUnary({
  name: 'sigmoid',
  // Two forms so that exp never overflows for large |x|.
  fn: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
  derivative: (_x, y) => y * (1 - y),
  lower: (ctx, x) => single(ctx, 'Sigmoid', [x]),
});

/** Returns `1 / (1 + exp(-x))` element-wise. */
export function sigmoid(x: Tensor): Tensor {
  return applyPlain(sigmoidOp, x);
}
