import { describe, expect, it } from 'vitest';
import { buildCorpus, DEFAULT_CORPUS_OPTIONS } from './corpus';
import { corpusFiles } from './corpus-files';
import { lengthHistogram } from './histogram';
import { formatPairs, parsePairs } from './pairs-format';
import { Vocabulary } from '../../src/text/vocabulary';

const pairs = [
  { en: ['is', 'she', 'eating', '?'], zh: ['她', '在', '吃饭', '吗', '？'] },
  {
    en: ['i', 'ate', 'an', 'apple', ',', 'but', 'he', 'did', 'not'],
    zh: ['我', '吃', '了', '一', '个', '苹果'],
  },
];

describe('formatPairs / parsePairs', () => {
  it('writes one space-joined pair per line', () => {
    expect(formatPairs(pairs.slice(0, 1), 'tsv')).toBe('is she eating ?\t她 在 吃饭 吗 ？\n');
    expect(formatPairs(pairs.slice(0, 1), 'jsonl')).toBe(
      '{"en":"is she eating ?","zh":"她 在 吃饭 吗 ？"}\n',
    );
  });

  it.each(['jsonl', 'tsv'] as const)('round-trips %s', (format) => {
    expect(parsePairs(formatPairs(pairs, format), format)).toEqual(pairs);
  });

  it('rejects lines that are not pairs', () => {
    expect(() => parsePairs('only one column\n', 'tsv')).toThrow(SyntaxError);
    expect(() => parsePairs('{"en":"a"}\n', 'jsonl')).toThrow(SyntaxError);
  });
});

describe('lengthHistogram', () => {
  it('counts pairs per English length, shortest first', () => {
    expect([...lengthHistogram([pairs[1]!, pairs[0]!, pairs[0]!])]).toEqual([
      [4, 2],
      [9, 1],
    ]);
  });
});

describe('corpusFiles', () => {
  it('lays out splits, buckets, vocabularies and a manifest', () => {
    const options = {
      ...DEFAULT_CORPUS_OPTIONS,
      trainSize: 200,
      validationSize: 20,
      testSize: 20,
      bucketSize: 5,
    };
    const corpus = buildCorpus(options);
    const files = new Map(
      corpusFiles(corpus, options, 'tsv').map(({ name, text }) => [name, text]),
    );
    expect([...files.keys()]).toEqual([
      'train.tsv',
      'validation.tsv',
      'test.tsv',
      'test-length-01-05.tsv',
      'test-length-06-10.tsv',
      'test-length-11-15.tsv',
      'test-length-16-20.tsv',
      'test-length-21-25.tsv',
      'test-length-26-30.tsv',
      'vocab-en.json',
      'vocab-zh.json',
      'manifest.json',
    ]);
    expect(parsePairs(files.get('train.tsv') ?? '', 'tsv')).toEqual(corpus.train);
    const en = Vocabulary.fromJSON(JSON.parse(files.get('vocab-en.json') ?? ''));
    expect(corpus.train.every((pair) => pair.en.every((token) => en.has(token)))).toBe(true);
    expect(JSON.parse(files.get('manifest.json') ?? '')).toMatchObject({
      splits: { train: 200, 'test-length-26-30': 5 },
    });
  });
});
