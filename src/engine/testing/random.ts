import { randn } from '../init';
import { createRng } from '../random';
import type { Shape } from '../shape';
import { Tensor } from '../tensor';

const rng = createRng(12345);

/** A random normal tensor from a fixed-seed stream (tests stay deterministic). */
export function random(shape: Shape, std = 1): Tensor {
  return randn(shape, rng, std);
}

/** A random tensor whose values keep at least `gap` away from zero (for relu, div, log). */
export function randomAwayFromZero(shape: Shape, gap = 0.2, positive = false): Tensor {
  const base = random(shape);
  const data = base.data.map((v) => (positive || v >= 0 ? 1 : -1) * (gap + Math.abs(v)));
  return new Tensor(data, shape);
}
