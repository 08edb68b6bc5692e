import type { Gradients, Tensor } from '../engine';

/**
 * Adam whose learning rate is given at every step. The engine's Adam fixes lr at construction,
 * and the Transformer needs a warmup schedule, so this keeps the same update with a per-step lr.
 */
export class ScheduledAdam {
  readonly #params: readonly Tensor[];
  readonly #m: Float32Array[];
  readonly #v: Float32Array[];
  readonly #beta1: number;
  readonly #beta2: number;
  readonly #eps: number;
  #steps = 0;

  constructor(params: readonly Tensor[], { beta1 = 0.9, beta2 = 0.999, eps = 1e-8 } = {}) {
    this.#params = params;
    this.#m = params.map((p) => new Float32Array(p.size));
    this.#v = params.map((p) => new Float32Array(p.size));
    this.#beta1 = beta1;
    this.#beta2 = beta2;
    this.#eps = eps;
  }

  /** Number of updates made so far. */
  get steps(): number {
    return this.#steps;
  }

  /** One Adam update of every parameter that has a gradient, with learning rate `lr`. */
  step(grads: Gradients, lr: number): void {
    this.#steps++;
    const [b1, b2, eps] = [this.#beta1, this.#beta2, this.#eps];
    const [k1, k2] = [1 - b1, 1 - b2];
    const c1 = 1 - b1 ** this.#steps;
    const c2 = 1 - b2 ** this.#steps;
    this.#params.forEach((param, index) => {
      const grad = grads.get(param)?.data;
      if (!grad) return;
      const [m, v, w] = [this.#m[index]!, this.#v[index]!, param.data];
      for (let i = 0; i < w.length; i++) {
        const g = grad[i]!;
        // Rounded as the moment arrays store them, so the update reads what it would read back.
        const mi = Math.fround(b1 * m[i]! + k1 * g);
        const vi = Math.fround(b2 * v[i]! + k2 * g * g);
        m[i] = mi;
        v[i] = vi;
        w[i]! -= (lr * (mi / c1)) / (Math.sqrt(vi / c2) + eps);
      }
    });
  }
}

/**
 * Learning-rate schedule: constant, or linear warmup to `peak` then inverse-square-root decay;
 * with `total`, the rate also falls linearly to zero over the last `cooldown` share of the steps.
 */
export interface Schedule {
  readonly peak: number;
  /** Steps of linear warmup; 0 means no warmup and no inverse-square-root decay. */
  readonly warmup: number;
  /** The run's length in steps, for the cool-down. */
  readonly total?: number;
  /** Fraction of `total` at the end over which the rate falls to zero (default 0.3). */
  readonly cooldown?: number;
  /** Keep the peak after the warmup instead of decaying as 1/√step (short in-page runs). */
  readonly hold?: boolean;
}

/**
 * lr at 1-based `step`. With warmup this is the paper's d^-0.5·min(t^-0.5, t·w^-1.5) rescaled so
 * the maximum (at t = w) is `peak`: a short warmup suits our few thousand steps better than 4000.
 */
export function learningRate(step: number, schedule: Schedule): number {
  const { peak, warmup, total, cooldown = 0.3, hold = false } = schedule;
  const decay = hold ? 1 : Math.sqrt(warmup / step);
  const base = warmup === 0 ? peak : peak * Math.min(step / warmup, decay);
  if (total === undefined) return base;
  // Ending at a rate near zero lets the weights settle, which shows most in exact-match accuracy.
  return base * Math.min(1, Math.max(0, (total - step) / (cooldown * total)));
}
