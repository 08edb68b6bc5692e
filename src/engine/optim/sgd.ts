import type { Gradients } from '../autograd';
import type { Tensor } from '../tensor';

/** Options of plain (optionally momentum) stochastic gradient descent. */
export interface SgdOptions {
  readonly lr: number;
  readonly momentum?: number;
}

/** Stochastic gradient descent: p ← p − lr·v with v ← momentum·v + g. */
export class SGD {
  private readonly params: readonly Tensor[];
  private readonly velocity: Float32Array[];
  private readonly options: Required<SgdOptions>;

  constructor(params: readonly Tensor[], options: SgdOptions) {
    this.params = params;
    this.velocity = params.map((p) => new Float32Array(p.size));
    this.options = { momentum: 0, ...options };
  }

  /** Updates every parameter that has a gradient, in place. */
  step(grads: Gradients): void {
    const { lr, momentum } = this.options;
    this.params.forEach((param, index) => {
      const grad = grads.get(param)?.data;
      if (!grad) return;
      const velocity = this.velocity[index]!;
      for (let i = 0; i < param.size; i++) {
        velocity[i] = momentum * velocity[i]! + grad[i]!;
        param.data[i]! -= lr * velocity[i]!;
      }
    });
  }
}
