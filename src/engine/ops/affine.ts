import { apply } from '../apply';
import { EngineError } from '../errors';
import type { NoAttrs, OpDef } from '../op';
import { Tensor } from '../tensor';
import { matmulInto } from '../kernels/matmul';

/**
 * y = xW + b for x [n, in], W [in, out], b [out] as one op, the layer every model is made of.
 * Fused, the bias is added in the pass that stores the product and its gradient is one sum over
 * rows; composed from matmul and a broadcasting add, both would cost an extra tensor.
 */
export const affineOp: OpDef<NoAttrs> = {
  name: 'affine',
  outputShape(shapes) {
    const [x, w, b] = shapes;
    const ranks = shapes.length === 3 && x?.length === 2 && w?.length === 2 && b?.length === 1;
    if (!ranks || x[1] !== w[0] || b[0] !== w[1]) {
      throw new EngineError('affine', shapes, 'needs x [n, in], W [in, out] and b [out]');
    }
    return [x[0]!, w[1]!];
  },
  forward([x, w, b], _attrs, [n, out]) {
    const inputSize = w!.shape[0]!;
    const y = new Float32Array(n! * out!);
    matmulInto(x!.data, w!.data, y, n!, inputSize, out!);
    for (let r = 0; r < n!; r++) {
      for (let c = 0; c < out!; c++) y[r * out! + c]! += b!.data[c]!;
    }
    return y;
  },
  backward(grad, [x, w, b]) {
    const [n, inputSize] = x!.shape as [number, number];
    const out = w!.shape[1]!;
    const g = grad.data;
    const dx = new Float32Array(n * inputSize);
    matmulInto(g, w!.data, dx, n, out, inputSize, { transposeB: true });
    const dw = new Float32Array(inputSize * out);
    matmulInto(x!.data, g, dw, inputSize, n, out, { transposeA: true });
    const db = new Float32Array(out);
    for (let r = 0; r < n; r++) for (let c = 0; c < out; c++) db[c]! += g[r * out + c]!;
    return [new Tensor(dx, x!.shape), new Tensor(dw, w!.shape), new Tensor(db, b!.shape)];
  },
  lower(ctx, [x, w, b]) {
    const [product] = ctx.node('MatMul', [x!, w!]);
    return ctx.node('Add', [product!, b!]);
  },
};

/** xW + b for x [n, in], W [in, out], b [out] → [n, out]. */
export function affine(x: Tensor, weight: Tensor, bias: Tensor): Tensor {
  return apply(affineOp, [x, weight, bias], {});
}
