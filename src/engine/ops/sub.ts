import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';
import { scale } from './scale';

/** Element-wise a − b with numpy broadcasting. */
export const subOp = defineBinary({
  name: 'sub',
  description: {
    en: 'Subtracts the second tensor from the first, element by element, with broadcasting.',
    zh: '逐元素相减（第一个减去第二个），支持广播。',
    formula: 'c_i = a_i - b_i',
  },
  onnxOp: 'Sub',
  fn: (a, b) => a - b,
  gradients: (grad) => [grad, scale(grad, -1)],
});

/** Returns `a - b` (broadcasting). */
export function sub(a: Tensor, b: Tensor): Tensor {
  return applyPlain(subOp, a, b);
}
