import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';

/** Element-wise a + b with numpy broadcasting. */
export const addOp = defineBinary({
  name: 'add',
  onnxOp: 'Add',
  kernel: (x, y, out) => {
    for (let i = 0; i < out.length; i++) out[i] = x[i]! + y[i]!;
  },
  gradients: (grad) => [grad, grad],
});

/** Returns `a + b` (broadcasting). */
export function add(a: Tensor, b: Tensor): Tensor {
  return applyPlain(addOp, a, b);
}
