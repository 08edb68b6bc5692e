import { backward } from '../autograd';
import { noGrad } from '../context';
import { parameter } from '../create';
import { randn } from '../init';
import { createRng } from '../random';
import type { Tensor } from '../tensor';

/** One disagreement between the analytic and the numerical gradient. */
export interface GradMismatch {
  readonly input: number;
  readonly index: number;
  readonly analytic: number;
  readonly numeric: number;
}

/**
 * Compares backward() with central finite differences of L = Σ f(inputs) ⊙ R for a fixed
 * random R. L is summed in float64, and the step is the one actually stored in float32, so the
 * only noise left is float32 rounding of f's outputs. Returns every element outside tolerance.
 */
export function gradCheck(
  f: (...inputs: Tensor[]) => Tensor,
  inputs: readonly Tensor[],
  { differentiable = inputs.map(() => true), eps = 1e-3, rtol = 1e-2, atol = 1e-3 } = {},
): GradMismatch[] {
  const params = inputs.map((t, i) => (differentiable[i] ? parameter(t) : t));
  const output = f(...params);
  const weights = randn(output.shape, createRng(7));
  const grads = backward(output, weights);
  const loss = (): number => {
    const values = noGrad(() => f(...params)).data;
    return values.reduce((total, v, i) => total + v * weights.data[i]!, 0);
  };
  const mismatches: GradMismatch[] = [];
  params.forEach((param, input) => {
    if (!differentiable[input]) return;
    const analytic = grads.get(param)?.data ?? new Float32Array(param.size);
    for (let index = 0; index < param.size; index++) {
      const original = param.data[index]!;
      param.data[index] = original + eps;
      const [upper, lossUp] = [param.data[index]!, loss()];
      param.data[index] = original - eps;
      const [lower, lossDown] = [param.data[index]!, loss()];
      param.data[index] = original;
      const numeric = (lossUp - lossDown) / (upper - lower);
      const a = analytic[index]!;
      if (Math.abs(a - numeric) > atol + rtol * Math.max(Math.abs(a), Math.abs(numeric))) {
        mismatches.push({ input, index, analytic: a, numeric });
      }
    }
  });
  return mismatches;
}
