import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** Hyperbolic tangent element-wise. */
export const tanhOp = defineUnary({
  name: 'tanh',
  description: {
    en: 'Hyperbolic tangent: squashes any number into (−1, 1); used in RNN cells.',
    zh: '双曲正切：把任意数压缩到 (−1, 1)；常用于循环神经网络单元。',
    formula: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
  },
  fn: Math.tanh,
  derivative: (_x, y) => 1 - y * y,
  lower: (ctx, x) => single(ctx, 'Tanh', [x]),
});

/** Returns `tanh(x)` element-wise. */
export function tanh(x: Tensor): Tensor {
  return applyPlain(tanhOp, x);
}
