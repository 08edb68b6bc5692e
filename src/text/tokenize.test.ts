import { describe, expect, it } from 'vitest';
import { isPunctuation, tokenize } from './tokenize';

describe('tokenize', () => {
  it('lowercases and splits punctuation into tokens', () => {
    expect(tokenize('She is eating a green apple.')).toEqual([
      'she',
      'is',
      'eating',
      'a',
      'green',
      'apple',
      '.',
    ]);
    expect(tokenize('Is she eating?!')).toEqual(['is', 'she', 'eating', '?', '!']);
  });

  it('collapses any whitespace', () => {
    expect(tokenize('  I   ate\tan\n apple ,but  ')).toEqual([
      'i',
      'ate',
      'an',
      'apple',
      ',',
      'but',
    ]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });

  it('spells out contractions', () => {
    expect(tokenize("She didn't eat. I won't! I'm here, they're not.")).toEqual([
      'she',
      'did',
      'not',
      'eat',
      '.',
      'i',
      'will',
      'not',
      '!',
      'i',
      'am',
      'here',
      ',',
      'they',
      'are',
      'not',
      '.',
    ]);
  });

  it("spells out the contractions a reader types: it's, don't, can't, i'll, what's, let's", () => {
    expect(
      tokenize("It's cold, don't go. I can't swim, I'll stay. What's this? Let's eat!"),
    ).toEqual([
      'it',
      'is',
      'cold',
      ',',
      'do',
      'not',
      'go',
      '.',
      'i',
      'can',
      'not',
      'swim',
      ',',
      'i',
      'will',
      'stay',
      '.',
      'what',
      'is',
      'this',
      '?',
      'let',
      'us',
      'eat',
      '!',
    ]);
    expect(tokenize("She cannot come; we've seen it, there's a cat")).toEqual([
      'she',
      'can',
      'not',
      'come',
      ';',
      'we',
      'have',
      'seen',
      'it',
      ',',
      'there',
      'is',
      'a',
      'cat',
    ]);
  });

  it("keeps a possessive 's after a noun, and hyphenated numbers whole", () => {
    expect(tokenize("Tom's twenty-one books")).toEqual(["tom's", 'twenty-one', 'books']);
  });

  it('reads full-width punctuation from a Chinese keyboard', () => {
    expect(tokenize('is she eating？')).toEqual(['is', 'she', 'eating', '?']);
  });

  it('keeps other symbols as their own tokens', () => {
    expect(tokenize('apple; pie')).toEqual(['apple', ';', 'pie']);
    expect(tokenize('我 eat')).toEqual(['我', 'eat']);
  });
});

describe('isPunctuation', () => {
  it('accepts exactly . , ? !', () => {
    expect(['.', ',', '?', '!'].every(isPunctuation)).toBe(true);
    expect([';', '..', 'a', ''].some(isPunctuation)).toBe(false);
  });
});
