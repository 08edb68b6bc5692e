import { apply } from '../apply';
import { EngineError } from '../errors';
import type { OpDef } from '../op';
import { lastDim } from '../shape';
import type { Tensor } from '../tensor';
import { expectInputs, expectMinRank } from './checks';
import { castTo, OnnxType } from './onnxHelpers';

type TopKAttrs = { readonly k: number; readonly select: 'values' | 'indices' };

/** The k largest values (or their indices) along the last axis, largest first. Has no gradient. */
export const topkOp: OpDef<TopKAttrs> = {
  name: 'topk',
  outputShape(shapes, { k }) {
    const [x] = expectInputs('topk', shapes, 1);
    expectMinRank('topk', shapes, x, 1);
    if (!Number.isInteger(k) || k < 1 || k > lastDim(x)) {
      throw new EngineError('topk', shapes, `k = ${k} is not in [1, ${lastDim(x)}]`);
    }
    return [...x.slice(0, -1), k];
  },
  forward([x], { k, select }) {
    const width = lastDim(x!.shape);
    const rows = x!.size / width;
    const out = new Float32Array(rows * k);
    for (let row = 0; row < rows; row++) {
      const values = x!.data.subarray(row * width, (row + 1) * width);
      const byValue = (a: number, b: number) => values[b]! - values[a]! || a - b;
      const order = Array.from({ length: width }, (_, j) => j).sort(byValue);
      for (let i = 0; i < k; i++) {
        out[row * k + i] = select === 'values' ? values[order[i]!]! : order[i]!;
      }
    }
    return out;
  },
  lower(ctx, [x], shapes, { k, select }) {
    if (ctx.target === 'webgl') {
      const detail = 'ONNX Runtime WebGL has no TopK and no equivalent lowering';
      throw new EngineError('topk', shapes, detail, 'no-onnx');
    }
    const k64 = ctx.constantInt64([k], [1]);
    const [values, indices] = ctx.node('TopK', [x!, k64], { axis: { int: -1 } }, 2);
    return [select === 'values' ? values! : castTo(ctx, indices!, OnnxType.float)];
  },
};

/** The `k` largest values along the last axis and their indices, largest first (forward only). */
export function topk(x: Tensor, k: number): { values: Tensor; indices: Tensor } {
  return {
    values: apply(topkOp, [x], { k, select: 'values' }),
    indices: apply(topkOp, [x], { k, select: 'indices' }),
  };
}
