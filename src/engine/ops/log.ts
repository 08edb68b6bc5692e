import { EngineError } from '../errors';
import type { Tensor } from '../tensor';
import { applyPlain, defineUnary } from './elementwise';
import { single } from './onnxHelpers';

/** Natural logarithm element-wise; inputs must be positive. */
export const logOp = {
  ...defineUnary({
    name: 'log',
    kernel: (x, out) => {
      for (let i = 0; i < out.length; i++) out[i] = Math.log(x[i]!);
    },
    gradient: (g, x, _y, dx) => {
      for (let i = 0; i < dx.length; i++) dx[i] = g[i]! * (1 / x[i]!);
    },
    lower: (ctx, x) => single(ctx, 'Log', [x]),
  }),
  checkValues([x]: readonly Tensor[]): void {
    const at = x!.data.findIndex((v) => v <= 0);
    if (at >= 0) {
      const detail = `input ${x!.data[at]} at flat index ${at} is not positive`;
      throw new EngineError('log', [x!.shape], detail, 'value');
    }
  },
};

/** Returns `ln(x)` element-wise. */
export function log(x: Tensor): Tensor {
  return applyPlain(logOp, x);
}
