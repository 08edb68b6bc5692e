import { expect, it } from 'vitest';
import { blockedToken } from '../../src/models/repetition-guard';
import { Vocabulary } from '../../src/text/vocabulary';
import { buildCorpus } from './corpus';

it('has no target the repetition guard would cut short, so it never blocks a right answer', () => {
  const corpus = buildCorpus();
  // The ids the models are trained on and scored against: a word the train split lacks is <unk>,
  // so a run of unknown words counts as a run of one token.
  const vocabulary = Vocabulary.fromSentences(corpus.train.map(({ zh }) => zh));
  const blocked = [
    ...corpus.train,
    ...corpus.validation,
    ...corpus.test,
    ...corpus.buckets.flatMap(({ pairs }) => pairs),
  ].filter(({ zh }) => {
    const ids = vocabulary.encode(zh);
    return ids.some((id, i) => blockedToken(ids.slice(0, i)) === id);
  });
  expect(blocked.map(({ zh }) => zh.join(' '))).toEqual([]);
}, 120_000);
