import { Tensor } from './tensor';

/** [n, n] mask with 1 where query i may attend to key j ≤ i (no peeking at the future). */
export function causalMask(n: number): Tensor {
  const data = new Float32Array(n * n);
  for (let i = 0; i < n; i++) data.fill(1, i * n, i * n + i + 1);
  return new Tensor(data, [n, n], { name: 'causal mask' });
}

/** [1, n] mask with 0 at padding keys (token id `padId`), broadcasting over every query row. */
export function paddingMask(tokenIds: readonly number[], padId: number): Tensor {
  const data = Float32Array.from(tokenIds, (id) => (id === padId ? 0 : 1));
  return new Tensor(data, [1, tokenIds.length], { name: 'padding mask' });
}
