import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';

/** Element-wise a + b with numpy broadcasting. */
export const addOp = defineBinary({
  name: 'add',
  description: {
    en: 'Adds two tensors element by element. Shapes are aligned from the right and axes of size 1 are stretched (broadcasting), so a bias [d] can be added to every row of [n, d].',
    zh: '逐元素相加。形状从右侧对齐，大小为 1 的轴会被拉伸（广播），因此偏置 [d] 可以加到 [n, d] 的每一行。',
    formula: 'c_i = a_i + b_i',
  },
  onnxOp: 'Add',
  fn: (a, b) => a + b,
  gradients: (grad) => [grad, grad],
});

/** Returns `a + b` (broadcasting). */
export function add(a: Tensor, b: Tensor): Tensor {
  return applyPlain(addOp, a, b);
}
