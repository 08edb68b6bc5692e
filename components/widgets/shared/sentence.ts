import { randn } from '../../../src/engine/init';
import { createRng } from '../../../src/engine/random';
import { Tensor } from '../../../src/engine/tensor';

/** The longest sentence the attention widgets accept, so every table stays readable. */
export const MAX_TOKENS = 8;

/** A sentence split into lower-case words, or why it cannot be used. */
export type ParsedSentence =
  | { readonly ok: true; readonly tokens: readonly string[] }
  | { readonly ok: false; readonly reason: 'empty' | 'tooMany'; readonly count: number };

/** Splits `text` into words (letters, digits, apostrophes); at most MAX_TOKENS of them. */
export function parseSentence(text: string): ParsedSentence {
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word.length > 0);
  if (tokens.length === 0) return { ok: false, reason: 'empty', count: 0 };
  if (tokens.length > MAX_TOKENS) return { ok: false, reason: 'tooMany', count: tokens.length };
  return { ok: true, tokens };
}

/** FNV-1a: a stable 32-bit hash, so a word always gets the same embedding. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (const char of word) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** An embedding table for the distinct words of `sentences` and each sentence's token ids. */
export interface Embedded {
  /** The distinct words, in order of first appearance; row i of `table` embeds word i. */
  readonly vocabulary: readonly string[];
  /** [V, d] seeded embeddings. */
  readonly table: Tensor;
  /** Token ids (as floats, the engine's convention) of each sentence, in order. */
  readonly ids: readonly (readonly number[])[];
}

/**
 * Embeds any words: each word's vector is drawn from a generator seeded by the word's hash, so
 * "apple" has the same d-dimensional embedding in every widget and on every visit.
 */
export function embedWords(sentences: readonly (readonly string[])[], dModel: number): Embedded {
  const vocabulary: string[] = [];
  const ids = sentences.map((words) =>
    words.map((word) => {
      const known = vocabulary.indexOf(word);
      if (known >= 0) return known;
      vocabulary.push(word);
      return vocabulary.length - 1;
    }),
  );
  const table = new Float32Array(vocabulary.length * dModel);
  vocabulary.forEach((word, row) =>
    table.set(randn([dModel], createRng(hashWord(word))).data, row * dModel),
  );
  return { vocabulary, table: new Tensor(table, [vocabulary.length, dModel]), ids };
}
