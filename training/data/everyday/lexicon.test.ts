import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '../corpus';
import { CONTAINERS } from '../lexicon/nouns';
import { frequencyRanks } from './frequency';
import { ADJECTIVES, NOUNS, PHRASES, PLACES, VERBS } from './lexicon';
import { lemmas, wordForms } from './lexicon-stats';
import { numberEn } from './numbers';
import { readTsv } from './read-tsv';

const CJK = /^[\u4e00-\u9fff]+$/;
// Learner-domain words rarer than the frequency list's top 20,000: Chinese cities and two sports.
const DOMAIN_WORDS = new Set([
  'beijing',
  'guangzhou',
  'hangzhou',
  'chengdu',
  'shenzhen',
  'badminton',
  'ping-pong',
]);

describe('the everyday lexicon', () => {
  it('has at least 1,500 English word forms and 800 lemmas', () => {
    expect(wordForms().size).toBeGreaterThanOrEqual(1_500);
    expect(lemmas().size).toBeGreaterThanOrEqual(800);
  });

  it('gives every noun its Chinese and a one-character measure word (or none for a mass noun)', () => {
    for (const noun of NOUNS.values()) {
      expect(noun.zh, noun.en).toMatch(CJK);
      if (noun.measure !== null) expect(noun.measure, noun.en).toMatch(/^[\u4e00-\u9fff]$/);
    }
    expect([...NOUNS.values()].filter((noun) => noun.measure !== null).length).toBeGreaterThan(300);
  });

  it('gives every verb, adjective and place its Chinese', () => {
    for (const verb of VERBS.values()) {
      expect(verb.zh !== null || verb.zhAlone !== null, verb.key).toBe(true);
      for (const word of [verb.zh ?? '好', ...(verb.zhAlone ?? [])])
        expect(word, verb.key).toMatch(CJK);
    }
    for (const adjective of ADJECTIVES.values()) expect(adjective.zh, adjective.en).toMatch(CJK);
    for (const place of PLACES.values()) expect(place.zh, place.en).toMatch(CJK);
  });

  it('gives every function word a part of speech', () => {
    const parts = new Set([
      'pronoun',
      'determiner',
      'verb',
      'auxiliary',
      'modal',
      'adverb',
      'preposition',
      'conjunction',
      'question',
    ]);
    for (const row of readTsv('function-words.tsv')) expect(parts, row.en).toContain(row.pos);
  });

  it('draws its nouns, verbs, adjectives and places from the SUBTLEX-US frequency list', () => {
    const ranks = frequencyRanks();
    const words = [
      ...new Set([
        ...[...NOUNS.values()].map((noun) => noun.en),
        ...[...VERBS.values()].map((verb) => verb.base),
        ...[...ADJECTIVES.values()].map((adjective) => adjective.en),
        ...[...PLACES.values()].map((place) => place.en),
      ]),
    ];
    const rankOf = (word: string): number => ranks.get(word) ?? Number.POSITIVE_INFINITY;
    expect(words.filter((word) => rankOf(word) > 20_000 && !DOMAIN_WORDS.has(word))).toEqual([]);
    expect(words.filter((word) => rankOf(word) <= 5_000).length / words.length).toBeGreaterThan(
      0.8,
    );
  });
});

describe('the generated corpus', () => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = buildCorpus();
  }, 120_000);

  it('follows a greeting, and no other set phrase, with a question', () => {
    expect(readTsv('phrases.tsv').every((row) => ['yes', '-'].includes(row.greets!))).toBe(true);
    const greetings = [...PHRASES.values()].filter((p) => p.greets).map((p) => p.en.join(' '));
    expect(greetings).toContain('hello');
    const questionAfter = (phrase: string) =>
      corpus.train.some(({ en }) => {
        const text = en.join(' ');
        return (
          text.startsWith(`${phrase} , `) && text.endsWith('?') && text.split(' , ').length === 2
        );
      });
    for (const greeting of greetings) expect(questionAfter(greeting), greeting).toBe(true);
    expect(questionAfter('thank you')).toBe(false);
  });

  it('teaches every set phrase in many sentences, not once', () => {
    const sentences = corpus.train.map(({ en }) => ` ${en.join(' ')} `);
    const rare = [...PHRASES.keys()].filter(
      (phrase) => sentences.filter((en) => en.includes(` ${phrase} `)).length < 15,
    );
    expect(rare).toEqual([]);
  });

  it('writes only English words the lexicon lists', () => {
    const known = new Set([
      ...wordForms(),
      ...Array.from({ length: 100 }, (_, n) => numberEn(n + 1)).flat(),
      ',',
      '?',
      ...Object.values(CONTAINERS).flatMap(({ en, plural }) => [en, plural]),
    ]);
    const unknown = new Set(
      [...corpus.train, ...corpus.validation, ...corpus.test].flatMap(({ en }) =>
        en.filter((token) => !known.has(token)),
      ),
    );
    expect([...unknown]).toEqual([]);
  });

  it('uses most of the lexicon in its training split', () => {
    const seen = new Set(corpus.train.flatMap(({ en }) => en));
    const forms = [...wordForms()];
    expect(forms.filter((form) => seen.has(form)).length / forms.length).toBeGreaterThan(0.85);
  });
});
