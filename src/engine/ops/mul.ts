import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';

/** Element-wise a · b with numpy broadcasting. */
export const mulOp = defineBinary({
  name: 'mul',
  onnxOp: 'Mul',
  kernel: (x, y, out) => {
    for (let i = 0; i < out.length; i++) out[i] = x[i]! * y[i]!;
  },
  gradients: (grad, a, b) => [mul(grad, b), mul(grad, a)],
});

/** Returns `a * b` element-wise (broadcasting). */
export function mul(a: Tensor, b: Tensor): Tensor {
  return applyPlain(mulOp, a, b);
}
