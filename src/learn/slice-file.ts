import { Vocabulary } from '../text/vocabulary';
import type { Example } from './example';

/** One sentence pair as tokens. */
export interface TokenPair {
  readonly en: readonly string[];
  readonly zh: readonly string[];
}

/** The shipped training slice as stored: each pair is "english tokens<TAB>chinese tokens". */
export interface SliceFile {
  readonly format: typeof SLICE_FORMAT;
  /** Longest English sentence in the slice, in tokens. */
  readonly maxLength: number;
  readonly train: readonly string[];
  readonly validation: readonly string[];
}

/** The slice ready for training: id examples and the vocabularies built from its train split. */
export interface Slice {
  readonly maxLength: number;
  readonly srcVocab: Vocabulary;
  readonly tgtVocab: Vocabulary;
  readonly train: readonly Example[];
  readonly validation: readonly Example[];
}

const SLICE_FORMAT = 'attention-course-slice/1';

/** Where the page serves the slice, relative to the site's base path. */
export const SLICE_PATH = 'learn/short-pairs.json';

const line = ({ en, zh }: TokenPair): string => `${en.join(' ')}\t${zh.join(' ')}`;

/** The stored form of a slice's train and validation pairs. */
export function encodeSlice(
  train: readonly TokenPair[],
  validation: readonly TokenPair[],
  maxLength: number,
): SliceFile {
  return {
    format: SLICE_FORMAT,
    maxLength,
    train: train.map(line),
    validation: validation.map(line),
  };
}

function pairsOf(lines: unknown): TokenPair[] {
  if (!Array.isArray(lines)) throw new TypeError('a slice split must be an array of lines');
  return lines.map((text: unknown) => {
    const [en, zh, ...extra] = typeof text === 'string' ? text.split('\t') : [];
    if (!en || !zh || extra.length > 0) throw new TypeError(`not a sentence pair: ${String(text)}`);
    return { en: en.split(' '), zh: zh.split(' ') };
  });
}

/** Checks a parsed slice file and encodes it with vocabularies built from its train split. */
export function parseSlice(json: unknown): Slice {
  const file = (typeof json === 'object' && json !== null ? json : {}) as Partial<SliceFile>;
  if (file.format !== SLICE_FORMAT) throw new TypeError(`not a ${SLICE_FORMAT} file`);
  const train = pairsOf(file.train);
  const validation = pairsOf(file.validation);
  const srcVocab = Vocabulary.fromSentences(train.map(({ en }) => en));
  const tgtVocab = Vocabulary.fromSentences(train.map(({ zh }) => zh));
  const encode = (pairs: readonly TokenPair[]): Example[] =>
    pairs.map(({ en, zh }) => ({ src: srcVocab.encode(en), tgt: tgtVocab.encode(zh) }));
  return {
    maxLength: Number(file.maxLength),
    srcVocab,
    tgtVocab,
    train: encode(train),
    validation: encode(validation),
  };
}
