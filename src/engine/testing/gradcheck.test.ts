import { describe, expect, it } from 'vitest';
import { apply } from '../apply';
import type { OpDef } from '../op';
import { mulOp } from '../ops/mul';
import { scale } from '../ops/scale';
import { gradCheck } from './gradcheck';
import { random } from './random';

describe('gradCheck', () => {
  it('catches a wrong backward rule', () => {
    const wrongSquare: OpDef = {
      ...mulOp,
      name: 'wrongSquare',
      outputShape: (shapes) => shapes[0]!,
      forward: ([x]) => x!.data.map((v) => v * v),
      backward: (grad) => [scale(grad, 1)],
    };
    const mismatches = gradCheck((x) => apply(wrongSquare, [x], {}), [random([4])]);
    expect(mismatches.length).toBeGreaterThan(0);
  });
});
