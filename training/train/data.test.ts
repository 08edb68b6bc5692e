import { describe, expect, it } from 'vitest';
import { freshLongPairs, loadDataset } from './data';

const options = { trainSize: 3000, validationSize: 100, testSize: 100, bucketSize: 10 };
const dataset = loadDataset(options);
const key = (en: readonly string[]) => en.join(' ');

describe('fresh long pairs for fine-tuning', () => {
  const fresh = freshLongPairs(dataset, options, { seed: 7, draws: 3000, minLength: 15 });

  it('keeps only long pairs that no split holds, in words the vocabularies know', () => {
    const { train, validation, test, buckets } = dataset.corpus;
    const held = new Set(
      [train, validation, test, ...buckets.map((b) => b.pairs)].flat().map((p) => key(p.en)),
    );
    expect(fresh.length).toBeGreaterThan(100);
    for (const { en, zh } of fresh) {
      expect(en.length).toBeGreaterThanOrEqual(15);
      expect(held.has(key(en))).toBe(false);
      expect(en.every((w) => dataset.srcVocab.has(w))).toBe(true);
      expect(zh.every((w) => dataset.tgtVocab.has(w))).toBe(true);
    }
    expect(new Set(fresh.map((p) => key(p.en))).size).toBe(fresh.length);
  });

  it('is reproducible from its seed', () => {
    const again = freshLongPairs(dataset, options, { seed: 7, draws: 3000, minLength: 15 });
    expect(again).toEqual(fresh);
    const other = freshLongPairs(dataset, options, { seed: 8, draws: 3000, minLength: 15 });
    expect(other.map((p) => key(p.en))).not.toEqual(fresh.map((p) => key(p.en)));
  });
});
