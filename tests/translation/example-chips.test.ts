import { describe, expect, it } from 'vitest';
import { EXAMPLE_SENTENCES, knownExamples } from '../../components/widgets/translate/examples';
import { buildCorpus } from '../../training/data/corpus';
import { Vocabulary } from '../../src/text/vocabulary';

describe("the Translate box's example chips", () => {
  it('are all known to a model trained on the generated corpus', () => {
    const vocabulary = Vocabulary.fromSentences(buildCorpus().train.map(({ en }) => en));
    expect(knownExamples(EXAMPLE_SENTENCES, vocabulary.words)).toEqual(EXAMPLE_SENTENCES);
  }, 120_000);
});
