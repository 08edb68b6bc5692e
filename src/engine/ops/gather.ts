import { apply } from '../apply';
import { EngineError } from '../errors';
import type { NoAttrs, OpDef } from '../op';
import { Tensor } from '../tensor';
import { expectIndices, expectInputs } from './checks';
import { castTo, OnnxType } from './onnxHelpers';

/** Embedding lookup: rows of a [V, d] table picked by integer ids of any shape. */
export const gatherOp: OpDef<NoAttrs> = {
  name: 'gather',
  outputShape(shapes) {
    const [table, ids] = expectInputs('gather', shapes, 2);
    if (table.length !== 2) throw new EngineError('gather', shapes, 'table must be [V, d]');
    return [...ids, table[1]!];
  },
  checkValues([table, ids]) {
    expectIndices('gather', [table!.shape, ids!.shape], ids!.data, table!.shape[0]!);
  },
  forward([table, ids]) {
    const d = table!.shape[1]!;
    const out = new Float32Array(ids!.size * d);
    ids!.data.forEach((id, i) => out.set(table!.data.subarray(id * d, id * d + d), i * d));
    return out;
  },
  backward(grad, [table, ids]) {
    const d = table!.shape[1]!;
    const dTable = new Float32Array(table!.size);
    ids!.data.forEach((id, i) => {
      for (let j = 0; j < d; j++) dTable[id * d + j]! += grad.data[i * d + j]!;
    });
    return [new Tensor(dTable, table!.shape), null];
  },
  // WebGL's Gather only reads int32 indices, and every other backend accepts int32 too.
  lower: (ctx, [table, ids]) =>
    ctx.node('Gather', [table!, castTo(ctx, ids!, OnnxType.int32)], { axis: { int: 0 } }),
};

/** Looks up rows of `table` [V, d] for integer `ids` (stored as floats): result [...ids, d]. */
export function gather(table: Tensor, ids: Tensor): Tensor {
  return apply(gatherOp, [table, ids], {});
}
