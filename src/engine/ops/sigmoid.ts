import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** Logistic sigmoid element-wise. */
export const sigmoidOp = defineUnary({
  name: 'sigmoid',
  description: {
    en: 'Logistic sigmoid: squashes any number into (0, 1); used for the gates of GRU and LSTM cells.',
    zh: 'Logistic sigmoid：把任意数压缩到 (0, 1)；用于 GRU 和 LSTM 的门控。',
    formula: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
  },
  // Two forms so that exp never overflows for large |x|.
  fn: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
  derivative: (_x, y) => y * (1 - y),
  lower: (ctx, x) => single(ctx, 'Sigmoid', [x]),
});

/** Returns `1 / (1 + exp(-x))` element-wise. */
export function sigmoid(x: Tensor): Tensor {
  return applyPlain(sigmoidOp, x);
}
