import type { BucketScores, ModelCard } from '../models/model-card';

/** How a fact is written: a share as a percentage, BLEU on 0-100, a whole count, a plain number. */
export type FactFormat = 'percent' | 'bleu' | 'count' | 'number';

/** A number about a trained model and how prose writes it. */
export interface Fact {
  readonly value: number;
  readonly format: FactFormat;
}

/** The card's length buckets, by their English token range. */
export type BucketRange = '1-5' | '6-10' | '11-15' | '16-20' | '21-25' | '26-30';

/** A number a chapter may read from a model card. */
export type CardKey =
  | 'parameters'
  | 'test.exact'
  | 'test.bleu'
  | 'test.examples'
  | `exact.${BucketRange}`
  | `bleu.${BucketRange}`
  | `examples.${BucketRange}`
  | 'training.steps'
  | 'training.batch'
  | 'training.lr'
  | 'training.warmup'
  | 'training.epochs'
  | 'training.minutes'
  | 'finetune.steps'
  | 'finetune.lr'
  | 'finetune.warmup'
  | 'finetune.longMin'
  | 'finetune.longShare'
  | `config.${string}`;

function bucket(card: ModelCard, range: string): BucketScores {
  const found = card.buckets.find((b) => `${b.min}-${b.max}` === range);
  if (!found) throw new RangeError(`the ${card.kind} card has no bucket ${range}`);
  return found;
}

function configValue(card: ModelCard, name: string): number {
  const value = (card.spec.config as unknown as Record<string, unknown>)[name];
  if (typeof value !== 'number')
    throw new RangeError(`the ${card.kind} config has no number ${name}`);
  return value;
}

/** The value `key` names on `card`, or a RangeError naming what is missing. */
export function cardFact(card: ModelCard, key: CardKey): Fact {
  const [group, name = ''] = key.split(/\.(.*)/s) as [string, string?];
  switch (group) {
    case 'parameters':
      return { value: card.parameters, format: 'count' };
    case 'test':
      if (name === 'exact') return { value: card.test.exactMatch, format: 'percent' };
      if (name === 'bleu') return { value: card.test.bleu, format: 'bleu' };
      if (name === 'examples') return { value: card.test.examples, format: 'count' };
      break;
    case 'exact':
      return { value: bucket(card, name).exactMatch, format: 'percent' };
    case 'bleu':
      return { value: bucket(card, name).bleu, format: 'bleu' };
    case 'examples':
      return { value: bucket(card, name).examples, format: 'count' };
    case 'training':
      if (name === 'minutes') return { value: card.training.seconds / 60, format: 'count' };
      if (name === 'lr') return { value: card.training.lr, format: 'number' };
      if (name === 'steps' || name === 'batch' || name === 'warmup' || name === 'epochs')
        return { value: card.training[name], format: 'count' };
      break;
    case 'finetune': {
      const { finetune } = card.training;
      if (finetune === undefined) throw new RangeError(`the ${card.kind} card has no fine-tuning`);
      if (name === 'lr') return { value: finetune.lr, format: 'number' };
      if (name === 'longShare') return { value: finetune.longShare, format: 'percent' };
      if (name === 'steps' || name === 'warmup' || name === 'longMin')
        return { value: finetune[name], format: 'count' };
      break;
    }
    case 'config':
      return { value: configValue(card, name), format: 'number' };
  }
  throw new RangeError(`unknown card key ${key}`);
}
