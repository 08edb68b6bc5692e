import { readTsv } from './read-tsv';
import { numberEn } from './numbers';

/** Files of the everyday lexicon and the columns holding English word forms. */
const FORM_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'nouns.tsv': ['en', 'plural'],
  'verbs.tsv': ['base', 'third', 'ing', 'past', 'participle', 'particle'],
  'adjectives.tsv': ['en', 'comparative', 'superlative'],
  'places.tsv': ['en'],
  'names.tsv': ['en'],
  'frequencies.tsv': ['en'],
  'times.tsv': ['en'],
  'phrases.tsv': ['en'],
  'vocatives.tsv': ['en'],
  'function-words.tsv': ['en'],
};

/** Files whose rows are lemmas, with the column naming the lemma and its part of speech. */
const LEMMA_SOURCES: readonly (readonly [string, string, string])[] = [
  ['nouns.tsv', 'en', 'noun'],
  ['places.tsv', 'en', 'noun'],
  ['verbs.tsv', 'base', 'verb'],
  ['adjectives.tsv', 'en', 'adjective'],
  ['names.tsv', 'en', 'name'],
  ['frequencies.tsv', 'en', 'adverb'],
];

/** Number words 1..100 that are lemmas (one … twenty, thirty … ninety, hundred), not compounds. */
export function numberLemmas(): string[] {
  return Array.from({ length: 100 }, (_, n) => numberEn(n + 1))
    .flat()
    .filter((word) => !word.includes('-'));
}

/** Every English word form the everyday lexicon spells (tokens of phrases count one by one). */
export function wordForms(): Set<string> {
  const forms = new Set<string>(numberLemmas());
  for (const [file, columns] of Object.entries(FORM_COLUMNS))
    for (const row of readTsv(file))
      for (const column of columns)
        for (const token of (row[column] ?? '-').split(' ')) if (token !== '-') forms.add(token);
  return forms;
}

/** Every lemma of the everyday lexicon as `pos:lemma` (a verb's senses share one lemma). */
export function lemmas(): Set<string> {
  const found = new Set<string>(numberLemmas().map((word) => `number:${word}`));
  for (const [file, column, pos] of LEMMA_SOURCES)
    for (const row of readTsv(file)) found.add(`${pos}:${row[column] ?? ''}`);
  for (const row of readTsv('function-words.tsv')) found.add(`${row.pos ?? ''}:${row.en ?? ''}`);
  return found;
}
