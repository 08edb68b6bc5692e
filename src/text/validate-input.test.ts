import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { modelFromBytes } from '../models/model-bundle';
import { checkInput } from './validate-input';

// The English vocabulary a reader's sentence is checked against on the site.
const vocabulary = modelFromBytes(readFileSync('public/models/attention/weights.bin')).srcVocab;

describe('checkInput', () => {
  it('accepts known words and drops punctuation the model never saw', () => {
    expect(checkInput('She is eating a green apple.', vocabulary, 30)).toEqual({
      ok: true,
      tokens: ['she', 'is', 'eating', 'a', 'green', 'apple'],
    });
    expect(checkInput('Is she eating an apple?', vocabulary, 30)).toMatchObject({
      ok: true,
      tokens: ['is', 'she', 'eating', 'an', 'apple', '?'],
    });
  });

  it.each(['', '   ', '?', ' . , ! '])('reports %j as empty', (text) => {
    const check = checkInput(text, vocabulary, 30);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error.kind).toBe('empty');
    expect(check.error.message.en).toMatch(/sentence/);
    expect(check.error.message.zh).toMatch(/句子/);
  });

  it('names unknown words once each, with three suggestions apiece', () => {
    const check = checkInput('she is eatting a grene apple , grene', vocabulary, 30);
    if (check.ok || check.error.kind !== 'unknown-words') throw new Error('expected unknown words');
    expect(check.error.words.map(({ word }) => word)).toEqual(['eatting', 'grene']);
    const [eatting, grene] = check.error.words;
    expect(eatting?.suggestions).toHaveLength(3);
    expect(eatting?.suggestions[0]).toBe('eating');
    expect(grene?.suggestions).toContain('green');
    for (const text of [check.error.message.en, check.error.message.zh]) {
      expect(text).toContain('eatting');
      expect(text).toContain('eating');
    }
  });

  it('reports input over the limit with the limit in both languages', () => {
    const check = checkInput('she is eating a green apple and he is reading a book', vocabulary, 8);
    if (check.ok || check.error.kind !== 'too-long') throw new Error('expected too-long');
    expect(check.error).toMatchObject({ length: 12, limit: 8 });
    expect(check.error.message.en).toContain('8');
    expect(check.error.message.zh).toContain('8');
  });
});
