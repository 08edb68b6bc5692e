import { readFileSync } from 'node:fs';

/** Path of the hand-written evaluation sentences, relative to the repository root. */
export const UNSEEN_PATH = 'training/eval/unseen.tsv';

/** One hand-written sentence: its construction, English, one answer, and every accepted answer. */
export interface UnseenSentence {
  readonly construction: string;
  readonly english: string;
  readonly answer: string;
  /** Every answer the pattern accepts, without spaces. */
  readonly accepted: ReadonlySet<string>;
}

// A pattern is a sequence of literal text, optional groups "( … )" and choices "[ a / b ]",
// which may nest; "|" at the top separates whole alternatives.
function expandSequence(pattern: string, start: number, stops: string): [string[], number] {
  let results = [''];
  let i = start;
  while (i < pattern.length && !stops.includes(pattern[i]!)) {
    const char = pattern[i]!;
    let options: string[];
    if (char === '(') {
      const [inner, end] = expandSequence(pattern, i + 1, ')');
      if (pattern[end] !== ')') throw new SyntaxError(`unclosed "(" in ${pattern}`);
      options = ['', ...inner];
      i = end + 1;
    } else if (char === '[') {
      options = [];
      let end = i;
      do {
        const [inner, next] = expandSequence(pattern, end + 1, '/]');
        options.push(...inner);
        end = next;
      } while (pattern[end] === '/');
      if (pattern[end] !== ']') throw new SyntaxError(`unclosed "[" in ${pattern}`);
      i = end + 1;
    } else if (')]/'.includes(char)) {
      throw new SyntaxError(`unexpected "${char}" in ${pattern}`);
    } else {
      options = [char];
      i++;
    }
    results = results.flatMap((prefix) => options.map((option) => prefix + option));
  }
  return [results, i];
}

/** Every string a pattern accepts: "我(的)姐姐" → 我的姐姐, 我姐姐; "[会/要]去|去" → 会去, 要去, 去. */
export function expandPattern(pattern: string): string[] {
  const compact = pattern.replace(/\s+/g, '');
  return compact.split('|').flatMap((alternative) => {
    const [results, end] = expandSequence(alternative, 0, '');
    if (end !== alternative.length) throw new SyntaxError(`bad pattern ${pattern}`);
    return results;
  });
}

/** A translation as compared with the patterns: no spaces, "?" as "？", no final "。" or "！". */
export function normalizeChinese(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/\?/g, '？')
    .replace(/[。！!]+$/, '');
}

/** Parses the TSV of hand-written sentences (header, `#` comments, four columns). */
export function parseUnseen(text: string): UnseenSentence[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const [header, ...rows] = lines;
  if (header !== 'construction\tenglish\tanswer\taccepted')
    throw new SyntaxError(`unexpected header: ${header ?? '(none)'}`);
  return rows.map((row) => {
    const [construction, english, answer, accepted, ...extra] = row.split('\t');
    if (
      construction === undefined ||
      english === undefined ||
      answer === undefined ||
      accepted === undefined ||
      extra.length > 0
    )
      throw new SyntaxError(`not four columns: ${row}`);
    return {
      construction,
      english,
      answer: normalizeChinese(answer),
      accepted: new Set(expandPattern(accepted).map(normalizeChinese)),
    };
  });
}

/** The shipped file's sentences. */
export function loadUnseen(path = UNSEEN_PATH): UnseenSentence[] {
  return parseUnseen(readFileSync(path, 'utf8'));
}

/** Whether a translation (Chinese tokens) is one of the sentence's accepted answers. */
export function isAccepted(sentence: UnseenSentence, tokens: readonly string[]): boolean {
  return sentence.accepted.has(normalizeChinese(tokens.join('')));
}
