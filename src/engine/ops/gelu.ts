import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { scalarConstant, single } from './onnxHelpers';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const CUBIC = 0.044715;

/**
 * GELU in its tanh approximation (as in GPT-2). Chosen over the erf form because every backend,
 * WebGL included, has Tanh but not Erf, so the ONNX lowering computes exactly the same formula.
 */
export const geluOp = defineUnary({
  name: 'gelu',
  kernel: (x, out) => {
    for (let i = 0; i < out.length; i++) {
      const v = x[i]!;
      out[i] = 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + CUBIC * v * v * v)));
    }
  },
  gradient: (g, x, _y, dx) => {
    for (let i = 0; i < dx.length; i++) {
      const v = x[i]!;
      const t = Math.tanh(SQRT_2_OVER_PI * (v + CUBIC * v * v * v));
      dx[i] =
        g[i]! * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * CUBIC * v * v));
    }
  },
  lower: (ctx, x) => {
    const cube = single(ctx, 'Mul', [single(ctx, 'Mul', [x, x]), x]);
    const inner = single(ctx, 'Add', [x, single(ctx, 'Mul', [cube, scalarConstant(ctx, CUBIC)])]);
    const t = single(ctx, 'Tanh', [
      single(ctx, 'Mul', [inner, scalarConstant(ctx, SQRT_2_OVER_PI)]),
    ]);
    const half = single(ctx, 'Mul', [x, scalarConstant(ctx, 0.5)]);
    return single(ctx, 'Mul', [half, single(ctx, 'Add', [t, scalarConstant(ctx, 1)])]);
  },
});

/** Returns GELU(x) element-wise (tanh approximation). */
export function gelu(x: Tensor): Tensor {
  return applyPlain(geluOp, x);
}
