import type { Gradients } from '../autograd';
import type { Tensor } from '../tensor';

/** Adam hyper-parameters; defaults are the usual ones from the paper. */
export interface AdamOptions {
  readonly lr?: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly eps?: number;
}

/** Adam: per-parameter step sizes from running averages of the gradient and its square. */
export class Adam {
  private readonly params: readonly Tensor[];
  private readonly firstMoment: Float32Array[];
  private readonly secondMoment: Float32Array[];
  private readonly options: Required<AdamOptions>;
  private steps = 0;

  constructor(params: readonly Tensor[], options: AdamOptions = {}) {
    this.params = params;
    this.firstMoment = params.map((p) => new Float32Array(p.size));
    this.secondMoment = params.map((p) => new Float32Array(p.size));
    this.options = { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, ...options };
  }

  /** Updates every parameter that has a gradient, in place. */
  step(grads: Gradients): void {
    this.steps++;
    const { lr, beta1, beta2, eps } = this.options;
    // Bias correction: the averages start at 0, so early on they are divided by 1 − βᵗ.
    const correction1 = 1 - beta1 ** this.steps;
    const correction2 = 1 - beta2 ** this.steps;
    this.params.forEach((param, index) => {
      const grad = grads.get(param)?.data;
      if (!grad) return;
      const [m, v] = [this.firstMoment[index]!, this.secondMoment[index]!];
      for (let i = 0; i < param.size; i++) {
        const g = grad[i]!;
        m[i] = beta1 * m[i]! + (1 - beta1) * g;
        v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
        param.data[i]! -= (lr * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + eps);
      }
    });
  }
}
