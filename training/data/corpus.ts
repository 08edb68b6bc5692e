import { renderFrame } from './everyday/render-frame';
import { sampleFrame } from './everyday/sample-frame';
import { chance, mulberry32 } from './prng';
import { renderPair } from './render';
import { sampleSentence } from './sample';
import type { Sentence, SentencePair } from './structure';

/** The pair the course opens with; it is always the first training example. */
export const SEED_SENTENCE: Sentence = {
  first: {
    subject: [{ pronoun: 'she' }],
    verb: 'eat',
    object: [{ noun: 'apple', det: 'a', adjectives: ['green'] }],
    aspect: 'progressive',
  },
};

/** English-length ranges of the bucketed test sets, inclusive. */
export const LENGTH_BUCKETS: readonly (readonly [number, number])[] = [
  [1, 5],
  [6, 10],
  [11, 15],
  [16, 20],
  [21, 25],
  [26, 30],
];

/** Sizes and seed of a generated corpus. */
export interface CorpusOptions {
  readonly seed: number;
  readonly trainSize: number;
  readonly validationSize: number;
  readonly testSize: number;
  /** Pairs per length bucket. */
  readonly bucketSize: number;
  readonly buckets: readonly (readonly [number, number])[];
  /** Longest English sentence, in tokens. */
  readonly maxLength: number;
  /** Share of sentences drawn from the everyday constructions; the rest come from the core grammar. */
  readonly everydayShare: number;
}

/** Defaults sized for training small models in pure TypeScript on two cores. */
export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  seed: 2017,
  trainSize: 40_000,
  validationSize: 1_000,
  testSize: 1_000,
  bucketSize: 150,
  buckets: LENGTH_BUCKETS,
  maxLength: 30,
  everydayShare: 0.6,
};

/** Test pairs whose English length lies in [min, max]. */
export interface LengthBucket {
  readonly min: number;
  readonly max: number;
  readonly pairs: readonly SentencePair[];
}

/** Train, validation and test splits plus length-bucketed test sets; no English sentence is in two of them. */
export interface Corpus {
  readonly train: readonly SentencePair[];
  readonly validation: readonly SentencePair[];
  readonly test: readonly SentencePair[];
  readonly buckets: readonly LengthBucket[];
}

// Each bucket may need many draws (long sentences are rare, short ones mostly seen already).
const MAX_DRAWS_PER_PAIR = 500;

/** Generates the corpus deterministically from `options.seed`. */
export function buildCorpus(options: Partial<CorpusOptions> = {}): Corpus {
  const {
    seed,
    trainSize,
    validationSize,
    testSize,
    bucketSize,
    buckets,
    maxLength,
    everydayShare,
  } = {
    ...DEFAULT_CORPUS_OPTIONS,
    ...options,
  };
  const random = mulberry32(seed);
  const seen = new Set<string>();
  const wanted = trainSize + validationSize + testSize + bucketSize * buckets.length;
  let draws = 0;
  const draw = (): SentencePair | null => {
    if (++draws > wanted * MAX_DRAWS_PER_PAIR)
      throw new Error('the grammar cannot fill the requested corpus');
    const pair = chance(random, everydayShare)
      ? renderFrame(sampleFrame(random))
      : renderPair(sampleSentence(random));
    const key = pair.en.join(' ');
    if (pair.en.length > maxLength || seen.has(key)) return null;
    seen.add(key);
    return pair;
  };
  const fill = (pairs: SentencePair[], size: number): SentencePair[] => {
    while (pairs.length < size) {
      const pair = draw();
      if (pair !== null) pairs.push(pair);
    }
    return pairs;
  };
  const seedPair = renderPair(SEED_SENTENCE);
  seen.add(seedPair.en.join(' '));
  const train = fill(trainSize > 0 ? [seedPair] : [], trainSize);
  const validation = fill([], validationSize);
  const test = fill([], testSize);
  const bucketed = buckets.map(([min, max]) => ({ min, max, pairs: [] as SentencePair[] }));
  while (bucketed.some(({ pairs }) => pairs.length < bucketSize)) {
    const pair = draw();
    if (pair === null) continue;
    const length = pair.en.length;
    const bucket = bucketed.find(({ min, max }) => min <= length && length <= max);
    if (bucket !== undefined && bucket.pairs.length < bucketSize) bucket.pairs.push(pair);
  }
  return { train, validation, test, buckets: bucketed };
}
