import { afterEach, describe, expect, it } from 'vitest';
import { setFiniteChecks } from './context';
import { fromNested, tensor } from './create';
import { EngineError } from './errors';
import { add } from './ops/add';
import { softmax } from './ops/softmax';
import { runOp } from './registry';

describe('EngineError', () => {
  afterEach(() => setFiniteChecks(true));

  it('carries the op, the shapes and a code', () => {
    try {
      add(fromNested([1, 2]), fromNested([1, 2, 3]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EngineError);
      const e = error as EngineError;
      expect([e.op, e.shapes, e.code]).toEqual(['add', [[2], [3]], 'shape']);
      expect(e.message).toBe('add: shapes do not broadcast (shapes: [2], [3])');
    }
  });

  it('rejects NaN and Infinity inputs before computing', () => {
    expect(() => softmax(tensor([1, NaN], [2]))).toThrow(
      'softmax: input 0 has NaN at flat index 1 (shapes: [2])',
    );
    expect(() => add(fromNested([1]), tensor([Infinity], [1]))).toThrow(/input 1 has Infinity/);
  });

  it('can switch the finite check off for hot loops', () => {
    setFiniteChecks(false);
    expect(Number.isNaN(add(tensor([NaN], [1]), fromNested([1])).data[0])).toBe(true);
  });

  it('names unknown ops', () => {
    expect(() => runOp('conv2d', [fromNested([1])])).toThrow(
      expect.objectContaining({
        code: 'unknown-op',
        message: expect.stringContaining('unknown op "conv2d"'),
      }),
    );
  });

  it('runs known ops by name', () => {
    expect(runOp('softmax', [fromNested([0, 0])], { axis: -1 }).toNested()).toEqual([0.5, 0.5]);
  });
});
