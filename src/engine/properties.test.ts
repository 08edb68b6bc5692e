import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ones, tensor, zeros } from './create';
import { add } from './ops/add';
import { layerNorm } from './ops/layerNorm';
import { matmul } from './ops/matmul';
import { softmax } from './ops/softmax';
import type { Shape } from './shape';
import { sizeOf } from './shape';

const value = fc.float({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });

/** A tensor of the given shape filled with bounded float32 values. */
const tensorOf = (shape: Shape) =>
  fc
    .array(value, { minLength: sizeOf(shape), maxLength: sizeOf(shape) })
    .map((v) => tensor(v, shape));

const dims = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }));
const matrix = dims.chain(([rows, cols]) => tensorOf([rows, cols]));

describe('properties', () => {
  it('softmax rows sum to 1 and ignore a constant shift', () => {
    fc.assert(
      fc.property(matrix, fc.float({ min: -100, max: 100, noNaN: true }), (x, shift) => {
        const p = softmax(x);
        const width = x.shape[1]!;
        for (let start = 0; start < p.size; start += width) {
          const total = p.data.subarray(start, start + width).reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(1, 5);
        }
        const shifted = softmax(add(x, tensor([shift], [])));
        shifted.data.forEach((v, i) => expect(v).toBeCloseTo(p.data[i]!, 4));
      }),
    );
  });

  it('layer norm with γ = 1, β = 0 gives each row mean 0 and variance 1', () => {
    const spread = fc.array(fc.float({ min: -10, max: 10, noNaN: true }), {
      minLength: 2,
      maxLength: 16,
    });
    fc.assert(
      fc.property(
        spread.filter((row) => Math.max(...row) - Math.min(...row) > 0.1),
        (row) => {
          const d = row.length;
          const y = layerNorm(tensor(row, [1, d]), ones([d]), zeros([d]), 1e-9).data;
          const mean = y.reduce((a, b) => a + b, 0) / d;
          const variance = y.reduce((a, b) => a + (b - mean) ** 2, 0) / d;
          expect(mean).toBeCloseTo(0, 4);
          expect(variance).toBeCloseTo(1, 3);
        },
      ),
    );
  });

  it('matmul is associative within float32 tolerance', () => {
    const shapes = fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 1, max: 5 })));
    const triple = shapes.chain(([m, k, l, n]) =>
      fc.tuple(tensorOf([m!, k!]), tensorOf([k!, l!]), tensorOf([l!, n!])),
    );
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        const left = matmul(matmul(a, b), c).data;
        const right = matmul(a, matmul(b, c)).data;
        // Rounding error is bounded by |A|·|B|·|C|, not by the result, which can cancel to ~0.
        const magnitude = (t: typeof a) => tensor(Array.from(t.data, Math.abs), t.shape);
        const bound = matmul(matmul(magnitude(a), magnitude(b)), magnitude(c)).data;
        left.forEach((v, i) => {
          expect(Math.abs(v - right[i]!)).toBeLessThanOrEqual(1e-5 * Math.max(1, bound[i]!));
        });
      }),
    );
  });

  it('broadcasting add commutes', () => {
    const pair = dims.chain(([rows, cols]) =>
      fc.tuple(
        tensorOf([rows, cols]),
        fc.constantFrom<Shape>([cols], [rows, 1], [1, cols], []).chain(tensorOf),
      ),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const [ab, ba] = [add(a, b), add(b, a)];
        expect(ab.shape).toEqual(ba.shape);
        expect(ab.data).toEqual(ba.data);
      }),
    );
  });
});
