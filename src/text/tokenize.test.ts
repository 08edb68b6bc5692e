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
