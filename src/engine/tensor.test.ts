import { describe, expect, it } from 'vitest';
import { fromNested, full, ones, parameter, scalar, tensor, zeros } from './create';
import { EngineError } from './errors';
import { Tensor } from './tensor';

describe('Tensor creation', () => {
  it('fromNested infers the shape and flattens row-major', () => {
    const t = fromNested([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(t.shape).toEqual([2, 3]);
    expect(Array.from(t.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.get(1, 0)).toBe(4);
    expect(t.toNested()).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('scalars have shape [] and nest to a plain number', () => {
    expect(scalar(3).shape).toEqual([]);
    expect(scalar(3).toNested()).toBe(3);
    expect(scalar(3).get()).toBe(3);
  });

  it('zeros, ones, full and tensor fill as asked', () => {
    expect(zeros([2]).toNested()).toEqual([0, 0]);
    expect(ones([1, 2]).toNested()).toEqual([[1, 1]]);
    expect(full([2, 1], 7).toNested()).toEqual([[7], [7]]);
    expect(tensor([1, 2, 3, 4], [2, 2]).get(1, 1)).toBe(4);
  });

  it('round-trips 3-d values through toNested', () => {
    const values = [
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7, 8],
      ],
    ];
    expect(fromNested(values).toNested()).toEqual(values);
    expect(fromNested(values).get(1, 0, 1)).toBe(6);
  });

  it('parameter copies values and requires gradients', () => {
    const init = fromNested([1, 2], 'w');
    const p = parameter(init);
    expect(p.requiresGrad).toBe(true);
    expect(p.name).toBe('w');
    expect(p.data).not.toBe(init.data);
    expect(init.requiresGrad).toBe(false);
  });

  it('gives every tensor a distinct id and a frozen shape', () => {
    const [a, b] = [zeros([2]), zeros([2])];
    expect(a.id).not.toBe(b.id);
    expect(Object.isFrozen(a.shape)).toBe(true);
  });
});

describe('Tensor errors', () => {
  it('rejects ragged nested arrays', () => {
    expect(() => fromNested([[1, 2], [3]])).toThrow(EngineError);
    expect(() =>
      fromNested([
        [1, 2],
        [3, [4]],
      ]),
    ).toThrow(/ragged/);
  });

  it('rejects empty tensors', () => {
    expect(() => fromNested([])).toThrow(/empty/);
    expect(() => zeros([2, 0])).toThrow(EngineError);
  });

  it('rejects data that does not fit the shape', () => {
    expect(() => new Tensor(new Float32Array(3), [2, 2])).toThrow(/has 3 values but needs 4/);
  });

  it('rejects bad indices in get', () => {
    const t = zeros([2, 3]);
    expect(() => t.get(0)).toThrow(/expects 2 indices/);
    expect(() => t.get(2, 0)).toThrow(/out of bounds/);
    expect(() => t.get(0, 1.5)).toThrow(/out of bounds/);
  });
});
