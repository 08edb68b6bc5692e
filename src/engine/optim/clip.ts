import type { Gradients } from '../autograd';
import { Tensor } from '../tensor';

/**
 * Global-norm clipping: if the gradients of `params`, seen as one long vector, are longer than
 * `maxNorm`, all of them are scaled down by the same factor. Returns new gradients and the norm
 * before clipping.
 */
export function clipGradNorm(
  grads: Gradients,
  params: readonly Tensor[],
  maxNorm: number,
): { grads: Gradients; norm: number } {
  let squares = 0;
  for (const param of params) for (const g of grads.get(param)?.data ?? []) squares += g * g;
  const norm = Math.sqrt(squares);
  if (norm <= maxNorm) return { grads, norm };
  const factor = maxNorm / norm;
  const clipped = new Map(grads);
  const scaled = (g: number) => g * factor;
  for (const param of params) {
    const grad = grads.get(param);
    if (grad) clipped.set(param, new Tensor(grad.data.map(scaled), grad.shape));
  }
  return { grads: clipped, norm };
}
