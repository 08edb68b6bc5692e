import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_OPTIONS, SEED_SENTENCE, buildCorpus, type Corpus } from './corpus';
import { ADJECTIVES } from './lexicon/adjectives';
import { idsOf } from './lexicon/ids';
import { CONTAINERS, NOUNS, measuresFor } from './lexicon/nouns';
import { ADJECTIVES as EVERYDAY_ADJECTIVES, NOUNS as EVERYDAY_NOUNS } from './everyday/lexicon';
import { numberZh } from './everyday/numbers';
import { isWh } from './participants';
import { mulberry32 } from './prng';
import { renderPair } from './render';
import { sampleSentence } from './sample';
import type { SentencePair } from './structure';
import { Vocabulary } from '../../src/text/vocabulary';

const key = (pair: SentencePair): string => pair.en.join(' ');
const SMALL = { trainSize: 400, validationSize: 50, testSize: 50, bucketSize: 10 };

function allPairs(corpus: Corpus): SentencePair[] {
  return [
    ...corpus.train,
    ...corpus.validation,
    ...corpus.test,
    ...corpus.buckets.flatMap(({ pairs }) => pairs),
  ];
}

describe('buildCorpus (default options)', () => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = buildCorpus();
  }, 120_000);

  it('has the requested sizes', () => {
    expect(corpus.train).toHaveLength(DEFAULT_CORPUS_OPTIONS.trainSize);
    expect(corpus.validation).toHaveLength(DEFAULT_CORPUS_OPTIONS.validationSize);
    expect(corpus.test).toHaveLength(DEFAULT_CORPUS_OPTIONS.testSize);
    for (const bucket of corpus.buckets)
      expect(bucket.pairs).toHaveLength(DEFAULT_CORPUS_OPTIONS.bucketSize);
  });

  it('puts the seed pair, exactly, in the train split', () => {
    const seed = renderPair(SEED_SENTENCE);
    expect(seed.en.join(' ')).toBe('she is eating a green apple');
    expect(seed.zh.join(' ')).toBe('她 在 吃 一 个 绿色 的 苹果');
    expect(corpus.train).toContainEqual(seed);
  });

  it('never puts an English sentence in two splits (or twice in one)', () => {
    const keys = allPairs(corpus).map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps every bucket within its length range', () => {
    expect(corpus.buckets.map(({ min, max }) => [min, max])).toEqual(
      DEFAULT_CORPUS_OPTIONS.buckets,
    );
    for (const { min, max, pairs } of corpus.buckets) {
      for (const { en } of pairs) {
        expect(en.length).toBeGreaterThanOrEqual(min);
        expect(en.length).toBeLessThanOrEqual(max);
      }
    }
  });

  it('covers every length from 3 to 30 in train, with a real share of long sentences', () => {
    const lengths = corpus.train.map(({ en }) => en.length);
    for (let length = 3; length <= 30; length++) expect(lengths).toContain(length);
    expect(Math.max(...lengths)).toBe(DEFAULT_CORPUS_OPTIONS.maxLength);
    expect(lengths.filter((length) => length > 20).length / lengths.length).toBeGreaterThan(0.1);
  });

  it('keeps both vocabularies within a couple of thousand words', () => {
    const en = Vocabulary.fromSentences(corpus.train.map((pair) => pair.en)).words;
    const zh = Vocabulary.fromSentences(corpus.train.map((pair) => pair.zh)).words;
    expect(en.length).toBeGreaterThanOrEqual(800);
    expect(en.length).toBeLessThanOrEqual(2_500);
    expect(zh.length).toBeGreaterThanOrEqual(600);
    expect(zh.length).toBeLessThanOrEqual(2_500);
  });

  it('agrees every numeral or demonstrative measure word with the noun it counts', () => {
    const everydayNouns = [...EVERYDAY_NOUNS.values()];
    const counters = new Set([
      '一',
      '两',
      '三',
      '这',
      '那',
      '几',
      // 上 个 星期, 下 个 月, 每 个 星期.
      '上',
      '下',
      '每',
      ...Array.from({ length: 100 }, (_, n) => numberZh(n + 1, true)),
    ]);
    // Time words counted with 个 in 上 个 星期, 这 个 周末.
    const timeNouns: readonly (readonly [string, string])[] = [
      ['星期', '个'],
      ['月', '个'],
      ['周末', '个'],
    ];
    const measuresByNoun = new Map<string, Set<string>>();
    const allow = (zh: string, measure: string) =>
      measuresByNoun.set(zh, new Set([...(measuresByNoun.get(zh) ?? []), measure]));
    for (const id of idsOf(NOUNS)) for (const m of measuresFor(id)) allow(NOUNS[id].zh, m);
    for (const noun of everydayNouns) if (noun.measure !== null) allow(noun.zh, noun.measure);
    for (const [zh, measure] of timeNouns) allow(zh, measure);
    const measures = new Set([
      ...idsOf(NOUNS).flatMap((id) => NOUNS[id].measure ?? []),
      ...idsOf(CONTAINERS).map((id) => CONTAINERS[id].zh),
      ...everydayNouns.flatMap((noun) => noun.measure ?? []),
    ]);
    const modifiers = new Set([
      '的',
      '很',
      ...idsOf(ADJECTIVES).map((id) => ADJECTIVES[id].zh),
      ...[...EVERYDAY_ADJECTIVES.values()].map((adjective) => adjective.zh),
    ]);
    const failures: string[] = [];
    let checked = 0;
    for (const { zh } of allPairs(corpus)) {
      zh.forEach((token, i) => {
        if (measures.has(token) && !counters.has(zh[i - 1] ?? '')) failures.push(zh.join(' '));
        if (!counters.has(token) || !measures.has(zh[i + 1] ?? '')) return;
        const measure = zh[i + 1] ?? '';
        let j = i + 2;
        while (modifiers.has(zh[j] ?? '')) j++;
        if (!(measuresByNoun.get(zh[j] ?? '')?.has(measure) ?? false)) failures.push(zh.join(' '));
        checked++;
      });
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(5_000);
  });

  it('never marks a 没-negated clause with 了, and ends every 吗 question with ？', () => {
    const failures = allPairs(corpus).filter(({ zh }) => {
      const clauses = zh
        .join(' ')
        .split(' ， ')
        .map((clause) => clause.split(' '));
      const leNegated = clauses.some((clause) => clause.includes('没') && clause.includes('了'));
      return leNegated || (zh.includes('吗') && zh.slice(-2).join(' ') !== '吗 ？');
    });
    expect(failures).toEqual([]);
  });
});

describe('sampled sentences', () => {
  it('join clauses with a comma and only noun phrases with 和', () => {
    const random = mulberry32(11);
    for (let n = 0; n < 2_000; n++) {
      const sentence = sampleSentence(random);
      const clauses = [sentence.first, ...(sentence.rest ?? []).map(({ clause }) => clause)];
      const coordinated = clauses
        .flatMap(({ subject, object }) => [subject, object ?? []])
        .filter((participant) => !isWh(participant) && participant.length === 2).length;
      const { zh } = renderPair(sentence);
      expect(zh.filter((token) => token === '，')).toHaveLength(clauses.length - 1);
      expect(zh.filter((token) => token === '和')).toHaveLength(coordinated);
    }
  });
});

describe('buildCorpus determinism', () => {
  it('gives the same corpus for the same seed', () => {
    expect(buildCorpus({ ...SMALL, seed: 7 })).toEqual(buildCorpus({ ...SMALL, seed: 7 }));
  });

  it('gives a different corpus for a different seed', () => {
    const a = buildCorpus({ ...SMALL, seed: 7 }).train.map(key);
    const b = buildCorpus({ ...SMALL, seed: 8 }).train.map(key);
    expect(a).not.toEqual(b);
    expect(a[0]).toBe(b[0]);
  });
});
