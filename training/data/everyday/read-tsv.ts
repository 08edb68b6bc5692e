import { readFileSync } from 'node:fs';

/** Folder of the everyday lexicon's TSV files, relative to the repository root. */
export const EVERYDAY_LEXICON_DIR = 'training/data/lexicon/everyday';

/**
 * The rows of a TSV file with a header line, as records keyed by the header's column names.
 * Blank lines and lines starting with `#` are skipped; a row with the wrong column count throws.
 */
export function readTsv(name: string, dir = EVERYDAY_LEXICON_DIR): Record<string, string>[] {
  const lines = readFileSync(`${dir}/${name}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const [header, ...rows] = lines;
  if (header === undefined) throw new SyntaxError(`${name} has no header`);
  const columns = header.split('\t');
  return rows.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length)
      throw new SyntaxError(
        `${name} row ${i + 2} has ${cells.length} columns, not ${columns.length}`,
      );
    return Object.fromEntries(columns.map((column, k) => [column, cells[k]!.trim()]));
  });
}
