import { label } from './trace';
import { mask as applyMask } from './ops/mask';
import { matmul } from './ops/matmul';
import { scale } from './ops/scale';
import { softmax } from './ops/softmax';
import { transpose } from './ops/transpose';
import { lastDim } from './shape';
import type { Tensor } from './tensor';

/**
 * Scaled dot-product attention softmax(QKᵀ/√d_k)·V for Q [..., n, d_k], K [..., m, d_k],
 * V [..., m, d_v]. Each step is labelled so a widget stepping through the trace can name it.
 * `mask` (1 = may attend) must broadcast to the [..., n, m] scores.
 */
export function attentionForward(
  Q: Tensor,
  K: Tensor,
  V: Tensor,
  { mask }: { mask?: Tensor } = {},
): Tensor {
  const keysT = label(transpose(K), 'Kᵀ');
  const scores = label(matmul(Q, keysT), 'scores', 'QKᵀ');
  const scaled = label(scale(scores, 1 / Math.sqrt(lastDim(Q.shape))), 'scaled', 'scores/√d_k');
  const masked = mask ? label(applyMask(scaled, mask), 'masked', 'mask(scaled)') : scaled;
  const weights = label(softmax(masked, -1), 'weights', 'softmax(masked)');
  return label(matmul(weights, V), 'output', 'weights·V');
}
