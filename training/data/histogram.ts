import type { SentencePair } from './structure';

/** Number of pairs per English length. */
export function lengthHistogram(pairs: readonly SentencePair[]): Map<number, number> {
  const histogram = new Map<number, number>();
  for (const { en } of pairs) histogram.set(en.length, (histogram.get(en.length) ?? 0) + 1);
  return new Map([...histogram].sort(([a], [b]) => a - b));
}
