import { encodeSlice, type SliceFile } from '../../src/learn/slice-file';
import { buildCorpus, SEED_SENTENCE, type Corpus } from './corpus';
import { renderPair } from './render';
import type { SentencePair } from './structure';

/** Longest English sentence of the in-browser training slice, in tokens. */
export const SLICE_MAX_LENGTH = 6;
// A word seen fewer times than this in the short training sentences is left out of the slice
// (with its sentences), so that every word the reader's model meets is one it can learn.
const MIN_COUNT = 20;

/**
 * The slice the page trains on: the corpus's short sentences (at most 6 English tokens), train
 * and validation splits kept apart, restricted to words frequent enough to be learned.
 */
export function buildSlice(corpus: Corpus = buildCorpus()): SliceFile {
  const short = (pairs: readonly SentencePair[]) =>
    pairs.filter(({ en }) => en.length <= SLICE_MAX_LENGTH);
  const counts = new Map<string, number>();
  for (const { en, zh } of short(corpus.train))
    for (const word of [...en, ...zh]) counts.set(word, (counts.get(word) ?? 0) + 1);
  // The probe's default is the course's seed sentence, so its words stay however rare.
  const seed = renderPair(SEED_SENTENCE);
  const kept = new Set([...seed.en, ...seed.zh]);
  const common = (pairs: readonly SentencePair[]) =>
    short(pairs).filter(({ en, zh }) =>
      [...en, ...zh].every((word) => kept.has(word) || (counts.get(word) ?? 0) >= MIN_COUNT),
    );
  return encodeSlice(common(corpus.train), common(corpus.validation), SLICE_MAX_LENGTH);
}
