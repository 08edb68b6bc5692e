import { apply } from '../apply';
import { EngineError } from '../errors';
import type { OpDef } from '../op';
import { sizeOf } from '../shape';
import { Tensor } from '../tensor';
import { expectInputs } from './checks';

type ReshapeAttrs = { readonly shape: readonly number[] };

/** Same values, new shape; one dimension may be -1 to be inferred. */
export const reshapeOp: OpDef<ReshapeAttrs> = {
  name: 'reshape',
  outputShape(shapes, { shape }) {
    const [x] = expectInputs('reshape', shapes, 1);
    const known = sizeOf(shape.filter((dim) => dim !== -1));
    const resolved = shape.map((dim) => (dim === -1 ? sizeOf(x) / known : dim));
    const oneInferred = shape.filter((dim) => dim === -1).length <= 1;
    const positive = resolved.every((dim) => Number.isInteger(dim) && dim > 0);
    if (!oneInferred || !positive || sizeOf(resolved) !== sizeOf(x)) {
      throw new EngineError('reshape', shapes, `cannot reshape to [${shape.join(',')}]`);
    }
    return resolved;
  },
  forward: ([x]) => x!.data.slice(),
  backward: (grad, [x]) => [new Tensor(grad.data, x!.shape)],
  lower: (ctx, [x], _shapes, _attrs, outputShape) =>
    ctx.node('Reshape', [x!, ctx.constantInt64(outputShape, [outputShape.length])]),
};

/** Returns the same values with a new shape (one dimension may be -1). */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  return apply(reshapeOp, [x], { shape });
}
