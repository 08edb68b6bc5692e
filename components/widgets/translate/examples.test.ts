import { describe, expect, it } from 'vitest';
import { tw } from '../../../src/i18n/translation-widgets';
import { checkInput } from '../../../src/text/validate-input';
import { Vocabulary } from '../../../src/text/vocabulary';
import { EXAMPLE_SENTENCES, knownExamples } from './examples';

describe('knownExamples', () => {
  const words = ['she', 'is', 'eating', 'a', 'green', 'apple', 'where', 'my', 'phone', '?'];

  it('keeps only the examples whose every word the model knows', () => {
    expect(knownExamples(EXAMPLE_SENTENCES, words).map(({ text }) => text)).toEqual([
      'she is eating a green apple',
      'where is my phone?',
    ]);
    expect(knownExamples(EXAMPLE_SENTENCES, [])).toEqual([]);
  });

  it('agrees with the input check on every example', () => {
    const vocabulary = Vocabulary.fromSentences([words]);
    for (const example of EXAMPLE_SENTENCES)
      expect(knownExamples([example], words).length === 1, example.text).toBe(
        checkInput(example.text, vocabulary, 30).ok,
      );
  });
});

describe('EXAMPLE_SENTENCES', () => {
  it('names its construction in both languages, one example per construction', () => {
    const labels = EXAMPLE_SENTENCES.map(({ label }) => label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const { label } of EXAMPLE_SENTENCES) {
      expect(tw('en', label)).not.toBe('');
      expect(tw('zh', label)).not.toBe('');
    }
  });
});
