import type { TokenPair } from '../learn/slice-file';
import { MAX_SOURCE_TOKENS } from '../models/step-graphs';
import type { Vocabulary } from '../text/vocabulary';
import type { IdPair } from './head-ablation';

/** How many pairs of the corpus's test split the page scores with heads switched off. */
export const ABLATION_SAMPLE_SIZE = 100;

/** The sample's file name, beside the Transformer's weights in public/models/transformer/. */
export const ABLATION_SAMPLE_FILE = 'ablation-sample.json';

const ABLATION_SAMPLE_FORMAT = 'attention-course-ablation-sample/1';

/**
 * The shipped sample as stored: words, not ids, so the file outlives a retrained model with
 * another vocabulary.
 */
export interface AblationSampleFile {
  readonly format: typeof ABLATION_SAMPLE_FORMAT;
  readonly pairs: readonly TokenPair[];
}

/** The sample in a model's ids, and how many pairs it had to leave out. */
export interface EncodedSample {
  readonly pairs: readonly IdPair[];
  /** Pairs with a word the model does not know, or a source too long for it. */
  readonly skipped: number;
}

/** The stored form of `pairs`. */
export function ablationSampleFile(pairs: readonly TokenPair[]): AblationSampleFile {
  return {
    format: ABLATION_SAMPLE_FORMAT,
    pairs: pairs.map(({ en, zh }) => ({ en: [...en], zh: [...zh] })),
  };
}

const isWords = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((w) => typeof w === 'string' && w !== '');

/** Checks a parsed sample file and returns its pairs. */
export function parseAblationSample(json: unknown): TokenPair[] {
  const file = (typeof json === 'object' && json !== null ? json : {}) as Partial<
    Record<keyof AblationSampleFile, unknown>
  >;
  if (file.format !== ABLATION_SAMPLE_FORMAT || !Array.isArray(file.pairs))
    throw new TypeError(`not a ${ABLATION_SAMPLE_FORMAT} file`);
  return file.pairs.map((pair: unknown) => {
    const { en, zh } = (typeof pair === 'object' && pair !== null ? pair : {}) as Partial<
      Record<keyof TokenPair, unknown>
    >;
    if (!isWords(en) || !isWords(zh))
      throw new TypeError('each pair has English and Chinese words');
    return { en, zh };
  });
}

/**
 * `pairs` in the ids of a model's vocabularies; a pair with a word either vocabulary lacks, or a
 * source longer than the encoder takes, is left out and counted.
 */
export function encodeSample(
  pairs: readonly TokenPair[],
  srcVocab: Vocabulary,
  tgtVocab: Vocabulary,
): EncodedSample {
  const usable = pairs.filter(
    ({ en, zh }) =>
      en.length <= MAX_SOURCE_TOKENS &&
      en.every((word) => srcVocab.has(word)) &&
      zh.every((word) => tgtVocab.has(word)),
  );
  return {
    pairs: usable.map(({ en, zh }) => ({ src: srcVocab.encode(en), tgt: tgtVocab.encode(zh) })),
    skipped: pairs.length - usable.length,
  };
}
