import { describe, expect, it } from 'vitest';
import {
  causalBlocked,
  gruUpdate,
  positionalValue,
  rnnState,
  scaledDot,
  softmaxWeight,
  stepLoss,
  weightedSum,
} from './maths';

describe('the exercise maths, against hand-written formulas', () => {
  it('softmaxWeight is exp(s_i)/Σ exp(s_j)', () => {
    const expected = Math.exp(2) / (Math.exp(2) + Math.exp(1) + 1);
    expect(softmaxWeight([2, 1, 0], 0)).toBeCloseTo(expected, 6);
    expect(softmaxWeight([0, 0, 0, 0], 3)).toBeCloseTo(0.25, 6);
  });

  it('stepLoss is −ln p', () => {
    expect(stepLoss(0.25)).toBeCloseTo(Math.log(4), 6);
    expect(stepLoss(1)).toBeCloseTo(0, 6);
  });

  it('scaledDot divides the dot product by √d', () => {
    expect(scaledDot([1, 2, 0, 1], [2, 0, 1, 1])).toBeCloseTo(1.5, 6);
    expect(scaledDot([3], [2])).toBeCloseTo(6, 6);
  });

  it('weightedSum is Σ w_i v_i', () => {
    expect(weightedSum([0.7, 0.2, 0.1], [2, 0, -1])).toBeCloseTo(1.3, 6);
  });

  it('rnnState follows the recurrence from a zero state', () => {
    expect(rnnState([1], 1, 0.5, 0)).toBeCloseTo(Math.tanh(1), 6);
    expect(rnnState([1, 1], 1, 0.5, 0)).toBeCloseTo(Math.tanh(1 + 0.5 * Math.tanh(1)), 6);
  });

  it('causalBlocked counts the cells above the diagonal', () => {
    expect(causalBlocked(1)).toBe(0);
    expect(causalBlocked(3)).toBe(3);
    expect(causalBlocked(6)).toBe(15);
  });

  it('positionalValue is a sine on even and a cosine on odd dimensions', () => {
    expect(positionalValue(1, 2, 16)).toBeCloseTo(Math.sin(1 / 10000 ** (2 / 16)), 6);
    expect(positionalValue(3, 1, 16)).toBeCloseTo(Math.cos(3), 6);
    expect(positionalValue(0, 0, 16)).toBe(0);
  });

  it('gruUpdate keeps z of the old state and 1 − z of the candidate', () => {
    expect(gruUpdate(0.9, 1, -1)).toBeCloseTo(0.8, 6);
    expect(gruUpdate(0, 1, -1)).toBe(-1);
  });
});
