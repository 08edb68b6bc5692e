import { describe, expect, it } from 'vitest';
import { embedWords, MAX_TOKENS, parseSentence } from './sentence';

describe('parseSentence', () => {
  it('splits words, lower-cases them and drops punctuation', () => {
    expect(parseSentence('  She is eating, a GREEN apple! ')).toEqual({
      ok: true,
      tokens: ['she', 'is', 'eating', 'a', 'green', 'apple'],
    });
  });

  it('rejects an empty sentence and one longer than the limit', () => {
    expect(parseSentence(' ?! ')).toEqual({ ok: false, reason: 'empty', count: 0 });
    const long = Array.from({ length: MAX_TOKENS + 1 }, (_, i) => `w${i}`).join(' ');
    expect(parseSentence(long)).toEqual({ ok: false, reason: 'tooMany', count: MAX_TOKENS + 1 });
  });
});

describe('embedWords', () => {
  it('gives each distinct word one row and the same vector in every call', () => {
    const a = embedWords([['the', 'apple', 'the']], 4);
    const b = embedWords([['apple'], ['pear', 'apple']], 4);
    expect(a.vocabulary).toEqual(['the', 'apple']);
    expect(a.ids).toEqual([[0, 1, 0]]);
    expect(b.ids).toEqual([[0], [1, 0]]);
    expect(a.table.shape).toEqual([2, 4]);
    expect([...a.table.data.subarray(4, 8)]).toEqual([...b.table.data.subarray(0, 4)]);
    expect([...a.table.data.subarray(0, 4)]).not.toEqual([...a.table.data.subarray(4, 8)]);
  });
});
