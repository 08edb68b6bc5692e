import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';
import { scale } from './scale';

/** Element-wise a − b with numpy broadcasting. */
export const subOp = defineBinary({
  name: 'sub',
  onnxOp: 'Sub',
  fn: (a, b) => a - b,
  gradients: (grad) => [grad, scale(grad, -1)],
});

/** Returns `a - b` (broadcasting). */
export function sub(a: Tensor, b: Tensor): Tensor {
  return applyPlain(subOp, a, b);
}
