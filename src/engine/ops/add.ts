import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';

/** Element-wise a + b with numpy broadcasting. */
export const addOp = defineBinary({
  name: 'add',
  onnxOp: 'Add',
  fn: (a, b) => a + b,
  gradients: (grad) => [grad, grad],
});

/** Returns `a + b` (broadcasting). */
export function add(a: Tensor, b: Tensor): Tensor {
  return applyPlain(addOp, a, b);
}
