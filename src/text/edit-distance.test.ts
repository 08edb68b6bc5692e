import { describe, expect, it } from 'vitest';
import { editDistance, nearestWords } from './edit-distance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('apple', 'apple')).toBe(0);
    expect(editDistance('eatting', 'eating')).toBe(1);
  });
});

describe('nearestWords', () => {
  it('returns the closest candidates, ties in candidate order', () => {
    expect(nearestWords('cat', ['dog', 'car', 'hat', 'cat', 'act'], 3)).toEqual([
      'cat',
      'car',
      'hat',
    ]);
    expect(nearestWords('x', ['a'], 3)).toEqual(['a']);
  });
});
