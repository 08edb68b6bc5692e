import { describe, expect, it } from 'vitest';
import { developmentSets, freshPairs, loadDataset } from './data';

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

describe('development sets', () => {
  const training = freshPairs(dataset, options, { seed: 7, draws: 3000 });
  const ranges = [
    [1, 5],
    [21, 30],
  ] as const;
  const sets = developmentSets(dataset, options, { seed: 9, draws: 3000 }, training, ranges, 40);

  it('holds new pairs of each length range, in no split and not among the trained ones', () => {
    const { train, validation, test, buckets } = dataset.corpus;
    const held = new Set(
      [train, validation, test, ...buckets.map((b) => b.pairs), training]
        .flat()
        .map((p) => key(p.en)),
    );
    expect(sets.map(({ min, max }) => [min, max])).toEqual([
      [1, 5],
      [21, 30],
    ]);
    for (const { min, max, pairs } of sets) {
      expect(pairs.length).toBeGreaterThan(0);
      expect(pairs.length).toBeLessThanOrEqual(40);
      for (const { en } of pairs) {
        expect(held.has(key(en))).toBe(false);
        expect(en.length >= min && en.length <= max).toBe(true);
      }
      expect(new Set(pairs.map((p) => key(p.en))).size).toBe(pairs.length);
    }
  });

  it('drops the pairs a model trains on, which the same draws would otherwise give', () => {
    const untrained = developmentSets(dataset, options, { seed: 7, draws: 3000 }, [], ranges, 40);
    const trained = developmentSets(
      dataset,
      options,
      { seed: 7, draws: 3000 },
      training,
      ranges,
      40,
    );
    expect(untrained.every((set) => set.pairs.length > 0)).toBe(true);
    expect(trained.every((set) => set.pairs.length === 0)).toBe(true);
  });
});
