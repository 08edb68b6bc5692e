import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../data/corpus';
import { Vocabulary } from '../../src/text/vocabulary';
import { isPunctuation, tokenize } from '../../src/text/tokenize';
import { expandPattern, isAccepted, loadUnseen, normalizeChinese, parseUnseen } from './unseen';
import { unseenCoverage } from './unseen-coverage';

const CONSTRUCTIONS = [
  'copula',
  'adjective',
  'location',
  'existence',
  'possession',
  'motion',
  'modal',
  'future',
  'past',
  'experience',
  'negation',
  'comparison',
  'wh-question',
  'yes-no',
  'imperative',
  'relative',
  'adverb',
  'conjunction',
  'double-object',
  'number',
  'greeting',
  'contraction',
];

describe('expandPattern', () => {
  const expands = (pattern: string) => [...expandPattern(pattern)].sort();

  it('expands optional parts, choices and alternatives', () => {
    expect(expands('我(的)姐姐')).toEqual(['我姐姐', '我的姐姐'].sort());
    expect(expands('[会/要]去|去')).toEqual(['会去', '要去', '去'].sort());
    expect(expands('他(还)[在/正在]工作')).toEqual(
      ['他在工作', '他正在工作', '他还在工作', '他还正在工作'].sort(),
    );
    expect(expands('a([b/c]d)')).toEqual(['a', 'abd', 'acd']);
  });

  it('rejects unbalanced brackets', () => {
    expect(() => expandPattern('我(的姐姐')).toThrow(SyntaxError);
    expect(() => expandPattern('我[的/姐姐')).toThrow(SyntaxError);
    expect(() => expandPattern('我的)姐姐')).toThrow(SyntaxError);
  });
});

describe('parseUnseen', () => {
  const header = 'construction\tenglish\tanswer\taccepted';

  it('reads rows, skipping comments, and compares Chinese without spaces', () => {
    const [sentence] = parseUnseen(
      `# note\n${header}\ncopula\tYou are my friend.\t你是我的朋友\t你是我(的)朋友\n`,
    );
    expect(sentence?.english).toBe('You are my friend.');
    expect(isAccepted(sentence!, ['你', '是', '我', '朋友'])).toBe(true);
    expect(isAccepted(sentence!, ['你', '是', '朋友'])).toBe(false);
    expect(normalizeChinese('你 好 吗 ?')).toBe('你好吗？');
  });

  it('rejects a wrong header or a row without four columns', () => {
    expect(() => parseUnseen('english\tchinese\n')).toThrow(SyntaxError);
    expect(() => parseUnseen(`${header}\ncopula\tHello.\t你好\n`)).toThrow(SyntaxError);
  });
});

describe('the hand-written unseen sentences', () => {
  const sentences = loadUnseen();

  it('has at least 120 sentences, at least three for every construction', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(120);
    for (const construction of CONSTRUCTIONS)
      expect(
        sentences.filter((s) => s.construction === construction).length,
        construction,
      ).toBeGreaterThanOrEqual(3);
    expect(sentences.filter((s) => !CONSTRUCTIONS.includes(s.construction))).toEqual([]);
  });

  it('accepts every listed answer by its own pattern', () => {
    expect(sentences.filter((s) => !s.accepted.has(s.answer)).map((s) => s.english)).toEqual([]);
  });

  it('lists every English sentence once', () => {
    const english = sentences.map((s) => s.english.toLowerCase());
    expect(new Set(english).size).toBe(english.length);
  });

  describe('against the generated corpus', () => {
    const corpus = buildCorpus();

    it('is mostly unseen: at most 15% of the sentences occur in the corpus word for word', () => {
      const generated = new Set(
        [...corpus.train, ...corpus.validation, ...corpus.test].map(({ en }) => en.join(' ')),
      );
      const asCorpus = (english: string) =>
        tokenize(english)
          .filter((token) => !isPunctuation(token) || token === '?' || token === ',')
          .join(' ');
      const seen = sentences.filter((s) => generated.has(asCorpus(s.english)));
      expect(seen.length / sentences.length).toBeLessThanOrEqual(0.15);
    });

    it('is at least 90% accepted by the training split’s English vocabulary', () => {
      const vocabulary = Vocabulary.fromSentences(corpus.train.map(({ en }) => en));
      expect(unseenCoverage(sentences, vocabulary).share).toBeGreaterThanOrEqual(0.9);
    });
  });
});
