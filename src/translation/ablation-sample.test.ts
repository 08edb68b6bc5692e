import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../text/vocabulary';
import { ablationSampleFile, encodeSample, parseAblationSample } from './ablation-sample';

const pairs = [
  { en: ['she', 'eats'], zh: ['她', '吃'] },
  { en: ['he', 'eats'], zh: ['他', '吃'] },
  { en: ['she', 'sleeps'], zh: ['她', '睡觉'] },
];
const srcVocab = Vocabulary.fromSentences([['she', 'he', 'eats']]);
const tgtVocab = Vocabulary.fromSentences([['她', '吃', '睡觉']]);

describe('the head-ablation sample', () => {
  it('round-trips through its file and JSON', () => {
    const file = JSON.parse(JSON.stringify(ablationSampleFile(pairs))) as unknown;
    expect(parseAblationSample(file)).toEqual(pairs);
  });

  it('refuses files of another shape', () => {
    for (const bad of [null, {}, { format: 'x', pairs: [] }]) {
      expect(() => parseAblationSample(bad)).toThrow(TypeError);
    }
    const file = ablationSampleFile(pairs);
    for (const pair of [
      { en: [], zh: ['她'] },
      { en: ['she'] },
      'she\t她',
      { en: [3], zh: ['她'] },
    ])
      expect(() => parseAblationSample({ ...file, pairs: [pair] })).toThrow(/English and Chinese/);
  });

  it("encodes with the model's vocabularies, leaving out pairs with an unknown word", () => {
    const encoded = encodeSample(pairs, srcVocab, tgtVocab);
    // 他 is unknown to the target side, "sleeps" to the source side.
    expect(encoded.skipped).toBe(2);
    expect(encoded.pairs).toEqual([
      { src: srcVocab.encode(['she', 'eats']), tgt: tgtVocab.encode(['她', '吃']) },
    ]);
  });

  it('leaves out a source longer than the encoder takes', () => {
    const long = { en: new Array<string>(33).fill('she'), zh: ['她'] };
    expect(encodeSample([long], srcVocab, tgtVocab)).toEqual({ pairs: [], skipped: 1 });
  });
});
