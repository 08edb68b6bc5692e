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
