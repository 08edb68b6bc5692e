// Contractions the corpus spells out; "'s" is left alone since it may be "is", "has" or a possessive.
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bwon't\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  [/\b(\w+)'re\b/g, '$1 are'],
];

const FULL_WIDTH: Readonly<Record<string, string>> = {
  '，': ',',
  '。': '.',
  '？': '?',
  '！': '!',
  '’': "'",
};

/** Whether a token is sentence punctuation (. , ? !). */
export function isPunctuation(token: string): boolean {
  return /^[.,?!]$/.test(token);
}

/**
 * Splits English text into corpus-style tokens: lowercased, contractions spelled out, punctuation
 * (. , ? !) as separate tokens, whitespace collapsed. Any other symbol becomes its own token.
 */
export function tokenize(text: string): string[] {
  let normalized = text.toLowerCase().replace(/[，。？！’]/g, (c) => FULL_WIDTH[c] ?? c);
  for (const [pattern, replacement] of CONTRACTIONS)
    normalized = normalized.replace(pattern, replacement);
  return normalized.match(/[a-z0-9]+(?:'[a-z]+)*|[.,?!]|[^\sa-z0-9.,?!]+/g) ?? [];
}
