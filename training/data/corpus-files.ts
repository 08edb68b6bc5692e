import type { Corpus, CorpusOptions } from './corpus';
import { lengthHistogram } from './histogram';
import { formatPairs, type PairsFormat } from './pairs-format';
import { Vocabulary } from '../../src/text/vocabulary';

/** A file to write: a name relative to the output directory, and its text. */
export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The files of a corpus: one per split and length bucket (`test-length-06-10.jsonl`), source and
 * target vocabularies built from the train split, and a manifest with options, sizes and lengths.
 */
export function corpusFiles(
  corpus: Corpus,
  options: CorpusOptions,
  format: PairsFormat,
): CorpusFile[] {
  const splits = [
    { name: 'train', pairs: corpus.train },
    { name: 'validation', pairs: corpus.validation },
    { name: 'test', pairs: corpus.test },
    ...corpus.buckets.map(({ min, max, pairs }) => ({
      name: `test-length-${pad(min)}-${pad(max)}`,
      pairs,
    })),
  ];
  const vocabularies = {
    en: Vocabulary.fromSentences(corpus.train.map(({ en }) => en)),
    zh: Vocabulary.fromSentences(corpus.train.map(({ zh }) => zh)),
  };
  const manifest = {
    options,
    format,
    splits: Object.fromEntries(splits.map(({ name, pairs }) => [name, pairs.length])),
    vocabularySizes: { en: vocabularies.en.size, zh: vocabularies.zh.size },
    trainLengthHistogram: Object.fromEntries(lengthHistogram(corpus.train)),
  };
  return [
    ...splits.map(({ name, pairs }) => ({
      name: `${name}.${format}`,
      text: formatPairs(pairs, format),
    })),
    { name: 'vocab-en.json', text: `${JSON.stringify(vocabularies.en)}\n` },
    { name: 'vocab-zh.json', text: `${JSON.stringify(vocabularies.zh)}\n` },
    { name: 'manifest.json', text: `${JSON.stringify(manifest, null, 2)}\n` },
  ];
}
