import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelCard } from '../models/model-card';
import { cardFact, type BucketRange } from './card-facts';
import { shippedCard } from './shipped';

const KINDS = ['gru', 'attention', 'transformer'] as const;
const RANGES: readonly BucketRange[] = ['1-5', '6-10', '11-15', '16-20', '21-25', '26-30'];

describe.each(KINDS)('the %s card', (kind) => {
  // Read here on its own, not through shippedCard, so a wrong path or parse would show.
  const raw = JSON.parse(readFileSync(`public/models/${kind}/card.json`, 'utf8')) as ModelCard;
  const card = shippedCard(kind);

  it('gives the parameter count, the test scores and the training record as stored', () => {
    expect(cardFact(card, 'parameters')).toEqual({ value: raw.parameters, format: 'count' });
    expect(cardFact(card, 'test.exact')).toEqual({
      value: raw.test.exactMatch,
      format: 'percent',
    });
    expect(cardFact(card, 'test.bleu')).toEqual({ value: raw.test.bleu, format: 'bleu' });
    expect(cardFact(card, 'training.steps').value).toBe(raw.training.steps);
    expect(cardFact(card, 'training.warmup').value).toBe(raw.training.warmup);
    expect(cardFact(card, 'training.lr').value).toBe(raw.training.lr);
    expect(cardFact(card, 'training.minutes').value).toBeCloseTo(raw.training.seconds / 60, 9);
    expect(cardFact(card, 'config.srcVocab').value).toBe(raw.spec.config.srcVocab);
  });

  it('gives every length bucket its own exact match and BLEU', () => {
    for (const [i, range] of RANGES.entries()) {
      const stored = raw.buckets[i]!;
      expect(`${stored.min}-${stored.max}`).toBe(range);
      expect(cardFact(card, `exact.${range}`)).toEqual({
        value: stored.exactMatch,
        format: 'percent',
      });
      expect(cardFact(card, `bleu.${range}`).value).toBe(stored.bleu);
      expect(cardFact(card, `examples.${range}`).value).toBe(stored.examples);
    }
  });

  it('gives the fine-tuning stage as stored, and refuses it on a card without one', () => {
    const stored = raw.training.finetune;
    if (stored === undefined) {
      expect(() => cardFact(card, 'finetune.steps')).toThrow(RangeError);
      return;
    }
    expect(cardFact(card, 'finetune.steps')).toEqual({ value: stored.steps, format: 'count' });
    expect(cardFact(card, 'finetune.lr').value).toBe(stored.lr);
    expect(cardFact(card, 'finetune.warmup').value).toBe(stored.warmup);
    expect(cardFact(card, 'finetune.longMin').value).toBe(stored.longMin);
    expect(cardFact(card, 'finetune.longShare')).toEqual({
      value: stored.longShare,
      format: 'percent',
    });
  });

  it('refuses keys the card does not have', () => {
    expect(() => cardFact(card, 'exact.31-35' as 'exact.1-5')).toThrow(RangeError);
    expect(() => cardFact(card, 'config.nothing')).toThrow(RangeError);
    expect(() => cardFact(card, 'test.loss' as 'test.exact')).toThrow(RangeError);
  });
});
