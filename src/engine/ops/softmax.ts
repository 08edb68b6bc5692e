import { apply } from '../apply';
import type { OpDef } from '../op';
import { aroundAxis, normalizeAxis } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';

type SoftmaxAttrs = { readonly axis: number };

/** Normalised exponentials along one axis; each slice becomes a probability distribution. */
export const softmaxOp: OpDef<SoftmaxAttrs> = {
  name: 'softmax',
  outputShape(shapes, { axis }) {
    const [x] = expectInputs('softmax', shapes, 1);
    normalizeAxis('softmax', shapes, axis, x.length);
    return x;
  },
  forward([x], { axis }) {
    const { outer, length, inner } = aroundAxis(x!.shape, axis);
    const data = x!.data;
    const out = new Float32Array(data.length);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * length * inner + i;
        let max = -Infinity;
        for (let k = 0; k < length; k++) max = Math.max(max, data[base + k * inner]!);
        let sum = 0;
        for (let k = 0; k < length; k++) {
          const e = Math.exp(data[base + k * inner]! - max);
          out[base + k * inner] = e;
          sum += e;
        }
        for (let k = 0; k < length; k++) out[base + k * inner]! /= sum;
      }
    }
    return out;
  },
  backward(grad, [x], y, { axis }) {
    // dx = y ⊙ (g − Σ_k g_k y_k): the Jacobian of softmax applied without building it.
    const { outer, length, inner } = aroundAxis(x!.shape, axis);
    const [g, p] = [grad.data, y.data];
    const dx = new Float32Array(g.length);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * length * inner + i;
        let dot = 0;
        for (let k = 0; k < length; k++) dot += g[base + k * inner]! * p[base + k * inner]!;
        for (let k = 0; k < length; k++) {
          const at = base + k * inner;
          dx[at] = p[at]! * (g[at]! - dot);
        }
      }
    }
    return [new Tensor(dx, x!.shape)];
  },
  lower: (ctx, [x], _shapes, { axis }) => ctx.node('Softmax', [x!], { axis: { int: axis } }),
};

/** Softmax along `axis` (default: the last axis). */
export function softmax(x: Tensor, axis = -1): Tensor {
  return apply(softmaxOp, [x], { axis });
}
