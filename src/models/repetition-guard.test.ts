import { describe, expect, it } from 'vitest';
import { blockedToken, guardRepetition, MAX_REPEATS } from './repetition-guard';

describe('blockedToken', () => {
  it('blocks the token that ends a run of three, and nothing shorter or broken', () => {
    expect(MAX_REPEATS).toBe(3);
    expect(blockedToken([])).toBeUndefined();
    expect(blockedToken([7, 7])).toBeUndefined();
    expect(blockedToken([7, 7, 7])).toBe(7);
    expect(blockedToken([4, 9, 9, 9])).toBe(9);
    expect(blockedToken([9, 9, 4, 9])).toBeUndefined();
    expect(blockedToken([9, 9, 9, 4])).toBeUndefined();
  });
});

describe('guardRepetition', () => {
  it('sets the blocked logit to -Infinity in a copy, leaving the step’s own logits as they were', () => {
    const logits = Float32Array.of(0, 1, 5, 2);
    const guarded = guardRepetition(logits, [2, 2, 2]);
    expect([...guarded]).toEqual([0, 1, -Infinity, 2]);
    expect([...logits]).toEqual([0, 1, 5, 2]);
  });

  it('returns the logits themselves when no token is blocked', () => {
    const logits = Float32Array.of(0, 1, 5, 2);
    expect(guardRepetition(logits, [2, 2, 1])).toBe(logits);
  });
});
