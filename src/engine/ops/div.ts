import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';
import { mul } from './mul';
import { scale } from './scale';

/** Element-wise a / b with numpy broadcasting. */
export const divOp = defineBinary({
  name: 'div',
  onnxOp: 'Div',
  kernel: (x, y, out) => {
    for (let i = 0; i < out.length; i++) out[i] = x[i]! / y[i]!;
  },
  gradients: (grad, a, b) => {
    const quotient = div(grad, b);
    return [quotient, mul(quotient, scale(div(a, b), -1))];
  },
});

/** Returns `a / b` element-wise (broadcasting). */
export function div(a: Tensor, b: Tensor): Tensor {
  return applyPlain(divOp, a, b);
}
