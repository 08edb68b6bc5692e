import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';
import { mul } from './mul';
import { scale } from './scale';

/** Element-wise a / b with numpy broadcasting. */
export const divOp = defineBinary({
  name: 'div',
  description: {
    en: 'Divides the first tensor by the second, element by element, with broadcasting.',
    zh: '逐元素相除（第一个除以第二个），支持广播。',
    formula: 'c_i = a_i / b_i',
  },
  onnxOp: 'Div',
  fn: (a, b) => a / b,
  gradients: (grad, a, b) => {
    const quotient = div(grad, b);
    return [quotient, mul(quotient, scale(div(a, b), -1))];
  },
});

/** Returns `a / b` element-wise (broadcasting). */
export function div(a: Tensor, b: Tensor): Tensor {
  return applyPlain(divOp, a, b);
}
