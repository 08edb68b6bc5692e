import { concat, reshape, type Tensor } from '../engine';

/** Per-position [B, H] tensors → one [B, T, H] tensor (the engine has no stack op). */
export function stack(steps: readonly Tensor[]): Tensor {
  const [batch, size] = steps[0]!.shape as [number, number];
  return concat(
    steps.map((s) => reshape(s, [batch, 1, size])),
    1,
  );
}
