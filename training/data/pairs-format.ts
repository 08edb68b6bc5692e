import type { SentencePair } from './structure';

/** How a split is written: one JSON object per line, or tab-separated columns. */
export type PairsFormat = 'jsonl' | 'tsv';

// Tokens never contain spaces or tabs, so a space-joined line is unambiguous.
const joined = (tokens: readonly string[]): string => tokens.join(' ');
const split = (text: string): string[] => (text === '' ? [] : text.split(' '));

/** Serializes pairs, one per line: `{"en":"she is …","zh":"她 在 …"}` or `she is …<TAB>她 在 …`. */
export function formatPairs(pairs: readonly SentencePair[], format: PairsFormat): string {
  return pairs
    .map(({ en, zh }) =>
      format === 'jsonl'
        ? JSON.stringify({ en: joined(en), zh: joined(zh) })
        : `${joined(en)}\t${joined(zh)}`,
    )
    .map((line) => `${line}\n`)
    .join('');
}

function columns(line: string, format: PairsFormat): readonly unknown[] {
  if (format === 'tsv') return line.split('\t');
  const record: unknown = JSON.parse(line);
  return typeof record === 'object' && record !== null && 'en' in record && 'zh' in record
    ? [record.en, record.zh]
    : [];
}

/** Parses the output of {@link formatPairs}. */
export function parsePairs(text: string, format: PairsFormat): SentencePair[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [en, zh, ...extra] = columns(line, format);
      if (typeof en !== 'string' || typeof zh !== 'string' || extra.length > 0) {
        throw new SyntaxError(`not a sentence pair: ${line}`);
      }
      return { en: split(en), zh: split(zh) };
    });
}
