import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandToShape, sumToShape } from './broadcast';
import { permuteData } from './kernels/permute';
import { sizeOf, stridesOf, type Shape } from './shape';

/** Flat index of the element at multi-index `index` in a row-major `shape`, with broadcast axes pinned to 0. */
function flatIndex(index: readonly number[], shape: Shape): number {
  const lead = index.length - shape.length;
  const strides = stridesOf(shape);
  return shape.reduce(
    (at, dim, axis) => at + (dim === 1 ? 0 : index[axis + lead]!) * strides[axis]!,
    0,
  );
}

/** Every multi-index of `shape` in row-major order. */
function indices(shape: Shape): number[][] {
  return Array.from({ length: sizeOf(shape) }, (_, flat) =>
    shape.map((_, axis) => Math.floor(flat / sizeOf(shape.slice(axis + 1))) % shape[axis]!),
  );
}

const values = (n: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i + 1) * 10);

// An output shape of rank 0 to 4 and an input that broadcasts to it: leading axes dropped and
// some axes set to 1, so 1-sized dims appear on both sides.
const pair = fc
  .array(fc.integer({ min: 1, max: 4 }), { maxLength: 4 })
  .chain((out) =>
    fc.tuple(
      fc.constant(out),
      fc.integer({ min: 0, max: out.length }),
      fc.array(fc.boolean(), { minLength: out.length, maxLength: out.length }),
    ),
  )
  .map(([out, drop, ones]) => ({
    out: out as Shape,
    from: out.slice(drop).map((dim, i) => (ones[i + drop] ? 1 : dim)) as Shape,
  }));

describe('broadcasting by rows', () => {
  it('expandToShape picks, for every output element, the input element numpy would', () => {
    fc.assert(
      fc.property(pair, ({ out, from }) => {
        const data = values(sizeOf(from));
        const expected = indices(out).map((index) => data[flatIndex(index, from)]!);
        expect([...expandToShape(data, from, out)]).toEqual(expected);
      }),
    );
  });

  it('sumToShape sums every output element into the input element it came from', () => {
    fc.assert(
      fc.property(pair, ({ out, from }) => {
        const data = values(sizeOf(out));
        const sums = new Float64Array(sizeOf(from));
        indices(out).forEach((index, i) => (sums[flatIndex(index, from)]! += data[i]!));
        expect(sumToShape(data, out, from)).toEqual(Float32Array.from(sums));
      }),
    );
  });
});

describe('permuteData', () => {
  it('puts input element x[i_perm[0], i_perm[1], …] at output index i, for any permutation', () => {
    const shapeAndPerm = fc
      .array(fc.integer({ min: 1, max: 4 }), { maxLength: 4 })
      .chain((shape) =>
        fc.tuple(
          fc.constant(shape),
          fc.shuffledSubarray([...shape.keys()], { minLength: shape.length }),
        ),
      );
    fc.assert(
      fc.property(shapeAndPerm, ([shape, perm]) => {
        const data = values(sizeOf(shape));
        const outShape = perm.map((axis) => shape[axis]!);
        const strides = stridesOf(shape);
        const expected = indices(outShape).map(
          (index) => data[index.reduce((at, i, axis) => at + i * strides[perm[axis]!]!, 0)]!,
        );
        expect([...permuteData(data, shape, perm)]).toEqual(expected);
      }),
    );
  });
});
