import { apply } from '../apply';
import { broadcastIndex, sumToShape } from '../broadcast';
import { EngineError } from '../errors';
import { matmulInto } from '../kernels/matmul';
import type { NoAttrs, OpDef } from '../op';
import { broadcastShapes, sameShape, sizeOf, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';

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
    const { aBatch, bBatch } = batchPairs(a!, b!, outputShape);
    const out = new Float32Array(sizeOf(outputShape));
    for (let i = 0; i < aBatch.length; i++) {
      const [aOffset, bOffset, cOffset] = [aBatch[i]! * m * k, bBatch[i]! * k * n, i * m * n];
      matmulInto(a!.data, b!.data, out, m, k, n, { aOffset, bOffset, cOffset });
    }
    return out;
  },
  backward(grad, [a, b]) {
    // dA = G·Bᵀ and dB = Aᵀ·G per batch, reading the transposes in place, then summed over
    // the batch axes an input was broadcast along.
    const [m, k] = a!.shape.slice(-2) as [number, number];
    const n = b!.shape[b!.rank - 1]!;
    const { aBatch, bBatch } = batchPairs(a!, b!, grad.shape);
    const dA = new Float32Array(aBatch.length * m * k);
    const dB = new Float32Array(aBatch.length * k * n);
    for (let i = 0; i < aBatch.length; i++) {
      const [aAt, bAt, gAt] = [aBatch[i]! * m * k, bBatch[i]! * k * n, i * m * n];
      const gradA = { transposeB: true, aOffset: gAt, bOffset: bAt, cOffset: i * m * k };
      const gradB = { transposeA: true, aOffset: aAt, bOffset: gAt, cOffset: i * k * n };
      matmulInto(grad.data, b!.data, dA, m, n, k, gradA);
      matmulInto(a!.data, grad.data, dB, k, m, n, gradB);
    }
    const batch = grad.shape.slice(0, -2);
    return [
      new Tensor(reduceTo(dA, [...batch, m, k], a!.shape), a!.shape),
      new Tensor(reduceTo(dB, [...batch, k, n], b!.shape), b!.shape),
    ];
  },
  lower: (ctx, names) => ctx.node('MatMul', names),
};

/** For each output matrix, the index of the matrix of a and of b it multiplies. */
function batchPairs(a: Tensor, b: Tensor, outputShape: Shape) {
  const batch = outputShape.slice(0, -2);
  return {
    aBatch: broadcastIndex(batch, a.shape.slice(0, -2)),
    bBatch: broadcastIndex(batch, b.shape.slice(0, -2)),
  };
}

/** A gradient at the broadcast shape, summed down to its input's shape if that is smaller. */
function reduceTo(data: Float32Array, fromShape: Shape, toShape: Shape): Float32Array {
  return sameShape(fromShape, toShape) ? data : sumToShape(data, fromShape, toShape);
}

/** Matrix product with broadcasting batch axes: [..., m, k] × [..., k, n] → [..., m, n]. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  return apply(matmulOp, [a, b], {});
}
