import type { Tensor } from '../tensor';
import { applyPlain, defineBinary } from './elementwise';
import { scale } from './scale';

/** Element-wise a − b with numpy broadcasting. */
export const subOp = defineBinary({
  name: 'sub',
  onnxOp: 'Sub',
  kernel: (x, y, out) => {
    for (let i = 0; i < out.length; i++) out[i] = x[i]! - y[i]!;
  },
  gradients: (grad) => [grad, scale(grad, -1)],
});

/** Returns `a - b` (broadcasting). */
export function sub(a: Tensor, b: Tensor): Tensor {
  return applyPlain(subOp, a, b);
}
