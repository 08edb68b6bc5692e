import { describe, expect, it } from 'vitest';
import { freshPairs, loadDataset } from './data';

const options = { trainSize: 3000, validationSize: 100, testSize: 100, bucketSize: 10 };
const dataset = loadDataset(options);
const key = (en: readonly string[]) => en.join(' ');

describe('fresh pairs from a second seed', () => {
  const fresh = freshPairs(dataset, options, { seed: 7, draws: 3000 });

  it('keeps only pairs that no split holds, in words the vocabularies know', () => {
    const { train, validation, test, buckets } = dataset.corpus;
    const held = new Set(
      [train, validation, test, ...buckets.map((b) => b.pairs)].flat().map((p) => key(p.en)),
    );
    // A second seed repeats some of the first corpus's sentences and words it never drew.
    expect(fresh.length).toBeGreaterThan(1000);
    expect(fresh.length).toBeLessThan(3000);
    for (const { en, zh } of fresh) {
      expect(held.has(key(en))).toBe(false);
      expect(en.every((w) => dataset.srcVocab.has(w))).toBe(true);
      expect(zh.every((w) => dataset.tgtVocab.has(w))).toBe(true);
    }
    expect(new Set(fresh.map((p) => key(p.en))).size).toBe(fresh.length);
    expect(fresh.some(({ en }) => en.length <= 5) && fresh.some(({ en }) => en.length >= 20)).toBe(
      true,
    );
  });

  it('is reproducible from its seed', () => {
    const again = freshPairs(dataset, options, { seed: 7, draws: 3000 });
    expect(again).toEqual(fresh);
    const other = freshPairs(dataset, options, { seed: 8, draws: 3000 });
    expect(other.map((p) => key(p.en))).not.toEqual(fresh.map((p) => key(p.en)));
  });
});
