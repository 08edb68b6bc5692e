import { buildCorpus, type Corpus, type CorpusOptions } from '../data/corpus';
import type { SentencePair } from '../data/structure';
import { Vocabulary } from '../../src/text/vocabulary';
import type { Example } from '../../src/learn/example';

/** The corpus with vocabularies built from its train split (English → Chinese). */
export interface Dataset {
  readonly corpus: Corpus;
  readonly srcVocab: Vocabulary;
  readonly tgtVocab: Vocabulary;
}

/** Generates the corpus and its vocabularies. */
export function loadDataset(options: Partial<CorpusOptions> = {}): Dataset {
  const corpus = buildCorpus(options);
  return {
    corpus,
    srcVocab: Vocabulary.fromSentences(corpus.train.map(({ en }) => en)),
    tgtVocab: Vocabulary.fromSentences(corpus.train.map(({ zh }) => zh)),
  };
}

/** Encodes sentence pairs to id examples with the dataset's vocabularies. */
export function encodePairs(dataset: Dataset, pairs: readonly SentencePair[]): Example[] {
  return pairs.map(({ en, zh }) => ({
    src: dataset.srcVocab.encode(en),
    tgt: dataset.tgtVocab.encode(zh),
  }));
}

/** How many extra pairs to draw, and from which seed. */
export interface FreshDraws {
  /** Seed of the second corpus the pairs come from. */
  readonly seed: number;
  /** Pairs generated (before keeping only the new and known ones). */
  readonly draws: number;
}

/**
 * Pairs from a second corpus generated with another seed, keeping only those in no split of
 * `dataset`'s corpus (the test sets stay unseen) whose words are all in its vocabularies.
 */
export function freshPairs(
  dataset: Dataset,
  corpusOptions: Partial<CorpusOptions>,
  { seed, draws }: FreshDraws,
): SentencePair[] {
  const { corpus, srcVocab, tgtVocab } = dataset;
  const splits = [
    corpus.train,
    corpus.validation,
    corpus.test,
    ...corpus.buckets.map((b) => b.pairs),
  ];
  const seen = new Set(splits.flatMap((pairs) => pairs.map(({ en }) => en.join(' '))));
  const extra = buildCorpus({
    ...corpusOptions,
    seed,
    trainSize: draws,
    validationSize: 0,
    testSize: 0,
    bucketSize: 0,
  });
  return extra.train.filter(
    ({ en, zh }) =>
      !seen.has(en.join(' ')) &&
      en.every((w) => srcVocab.has(w)) &&
      zh.every((w) => tgtVocab.has(w)),
  );
}

/** Sentences of one English length range. */
export interface LengthSet {
  readonly min: number;
  readonly max: number;
  readonly pairs: readonly SentencePair[];
}

/**
 * Up to `perBucket` new pairs for each length range of `ranges`, for choosing training settings
 * without the test split: drawn like {@link freshPairs} from `draws`, and none of them in
 * `training` (the fresh pairs a model trains on). The validation split holds too few long
 * sentences (97 of 21 tokens or more) to tell settings apart by more than one or two.
 */
export function developmentSets(
  dataset: Dataset,
  corpusOptions: Partial<CorpusOptions>,
  draws: FreshDraws,
  training: readonly SentencePair[],
  ranges: readonly (readonly [number, number])[],
  perBucket: number,
): LengthSet[] {
  const trained = new Set(training.map(({ en }) => en.join(' ')));
  const candidates = freshPairs(dataset, corpusOptions, draws).filter(
    ({ en }) => !trained.has(en.join(' ')),
  );
  return ranges.map(([min, max]) => ({
    min,
    max,
    pairs: candidates.filter(({ en }) => en.length >= min && en.length <= max).slice(0, perBucket),
  }));
}
