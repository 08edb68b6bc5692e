import { apply } from '../apply';
import { broadcastIndex, sumToShape } from '../broadcast';
import { EngineError } from '../errors';
import { matmulInto } from '../kernels/matmul';
import type { NoAttrs, OpDef } from '../op';
import { broadcastShapes, sizeOf } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';
import { transpose } from './transpose';

/** Batched matrix product [..., m, k] × [..., k, n] → [..., m, n]; batch axes broadcast. */
export const matmulOp: OpDef<NoAttrs> = {
  name: 'matmul',
  outputShape(shapes) {
    const [a, b] = expectInputs('matmul', shapes, 2);
    if (a.length < 2 || b.length < 2)
      throw new EngineError('matmul', shapes, 'both inputs need rank >= 2');
    const [m, k] = a.slice(-2) as [number, number];
    const [k2, n] = b.slice(-2) as [number, number];
    if (k !== k2) throw new EngineError('matmul', shapes, `inner dimensions differ: ${k} vs ${k2}`);
    const batch = broadcastShapes(a.slice(0, -2), b.slice(0, -2));
    if (!batch) throw new EngineError('matmul', shapes, 'batch dimensions do not broadcast');
    return [...batch, m, n];
  },
  forward([a, b], _attrs, outputShape) {
    const [m, k] = a!.shape.slice(-2) as [number, number];
    const n = b!.shape[b!.rank - 1]!;
    const batch = outputShape.slice(0, -2);
    const [aBatch, bBatch] = [
      broadcastIndex(batch, a!.shape.slice(0, -2)),
      broadcastIndex(batch, b!.shape.slice(0, -2)),
    ];
    const out = new Float32Array(sizeOf(outputShape));
    for (let i = 0; i < aBatch.length; i++) {
      const aMatrix = a!.data.subarray(aBatch[i]! * m * k, (aBatch[i]! + 1) * m * k);
      const bMatrix = b!.data.subarray(bBatch[i]! * k * n, (bBatch[i]! + 1) * k * n);
      matmulInto(aMatrix, bMatrix, out.subarray(i * m * n, (i + 1) * m * n), m, k, n);
    }
    return out;
  },
  backward(grad, [a, b]) {
    const dA = matmul(grad, transpose(b!));
    const dB = matmul(transpose(a!), grad);
    return [
      new Tensor(sumToShape(dA.data, dA.shape, a!.shape), a!.shape),
      new Tensor(sumToShape(dB.data, dB.shape, b!.shape), b!.shape),
    ];
  },
  lower: (ctx, names) => ctx.node('MatMul', names),
};

/** Matrix product with broadcasting batch axes: [..., m, k] × [..., k, n] → [..., m, n]. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  return apply(matmulOp, [a, b], {});
}
