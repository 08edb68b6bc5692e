// Contractions the corpus spells out. "'s" is spelled out only after pronouns and wh-words ("it's",
// "what's", "let's"), since after a noun it may be a possessive ("tom's").
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  [/\blet's\b/g, 'let us'],
  [/\b(it|he|she|that|there|what|where|who|how|this)'s\b/g, '$1 is'],
  [/\b(\w+)'re\b/g, '$1 are'],
  [/\b(i|you|he|she|it|we|they|that|there)'ll\b/g, '$1 will'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'],
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
 * (. , ? !) as separate tokens, hyphenated words ("twenty-one") kept whole, whitespace collapsed.
 * Any other symbol becomes its own token.
 */
export function tokenize(text: string): string[] {
  let normalized = text.toLowerCase().replace(/[，。？！’]/g, (c) => FULL_WIDTH[c] ?? c);
  for (const [pattern, replacement] of CONTRACTIONS)
    normalized = normalized.replace(pattern, replacement);
  return normalized.match(/[a-z0-9]+(?:['-][a-z0-9]+)*|[.,?!]|[^\sa-z0-9.,?!]+/g) ?? [];
}
