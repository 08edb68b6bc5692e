import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';

/** Element-wise a · b with numpy broadcasting. */
export const mulOp = defineBinary({
  name: 'mul',
  description: {
    en: 'Multiplies two tensors element by element (not a matrix product), with broadcasting.',
    zh: '逐元素相乘（不是矩阵乘法），支持广播。',
    formula: 'c_i = a_i \\, b_i',
  },
  onnxOp: 'Mul',
  fn: (a, b) => a * b,
  gradients: (grad, a, b) => [mul(grad, b), mul(grad, a)],
});

/** Returns `a * b` element-wise (broadcasting). */
export function mul(a: Tensor, b: Tensor): Tensor {
  return applyPlain(mulOp, a, b);
}
