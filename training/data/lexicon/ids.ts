/** The keys of a lexicon table, typed as its id union. */
export function idsOf<K extends string>(table: Readonly<Record<K, unknown>>): K[] {
  return Object.keys(table) as K[];
}
