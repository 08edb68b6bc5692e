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
  for (const param of params) {
    const g = grads.get(param)?.data ?? [];
    for (let i = 0; i < g.length; i++) squares += g[i]! * g[i]!;
  }
  const norm = Math.sqrt(squares);
  if (norm <= maxNorm) return { grads, norm };
  const factor = maxNorm / norm;
  const clipped = new Map(grads);
  for (const param of params) {
    const grad = grads.get(param);
    if (!grad) continue;
    const scaled = new Float32Array(grad.size);
    for (let i = 0; i < scaled.length; i++) scaled[i] = grad.data[i]! * factor;
    clipped.set(param, new Tensor(scaled, grad.shape));
  }
  return { grads: clipped, norm };
}
