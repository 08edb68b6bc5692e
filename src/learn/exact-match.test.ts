import { describe, expect, it } from 'vitest';
import { exactMatchAccuracy } from './exact-match';

describe('exactMatchAccuracy', () => {
  it('counts sequences identical token for token', () => {
    const references = [
      ['她', '在', '吃饭'],
      ['他', '哭', '了'],
      [1, 2],
    ];
    expect(
      exactMatchAccuracy(
        [
          ['她', '在', '吃饭'],
          ['他', '哭'],
          [1, 2],
        ],
        references,
      ),
    ).toBeCloseTo(2 / 3, 12);
    expect(exactMatchAccuracy(references, references)).toBe(1);
  });

  it('is 0 for an empty corpus and rejects mismatched corpora', () => {
    expect(exactMatchAccuracy([], [])).toBe(0);
    expect(() => exactMatchAccuracy([['a']], [])).toThrow(RangeError);
  });
});
