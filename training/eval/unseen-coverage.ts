import { checkInput } from '../../src/text/validate-input';
import type { Vocabulary } from '../../src/text/vocabulary';
import type { UnseenSentence } from './unseen';

/** How many sentences a vocabulary accepts as input, and the words it lacks (most frequent first). */
export interface Coverage {
  readonly accepted: number;
  readonly total: number;
  readonly share: number;
  readonly missing: readonly (readonly [string, number])[];
}

/** The share of sentences whose every word the source vocabulary knows (as the Translate box checks). */
export function unseenCoverage(
  sentences: readonly UnseenSentence[],
  vocabulary: Vocabulary,
  maxLength = 30,
): Coverage {
  const missing = new Map<string, number>();
  let accepted = 0;
  for (const { english } of sentences) {
    const check = checkInput(english, vocabulary, maxLength);
    if (check.ok) accepted++;
    else if (check.error.kind === 'unknown-words')
      for (const { word } of check.error.words) missing.set(word, (missing.get(word) ?? 0) + 1);
  }
  return {
    accepted,
    total: sentences.length,
    share: sentences.length === 0 ? 0 : accepted / sentences.length,
    missing: [...missing].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}
