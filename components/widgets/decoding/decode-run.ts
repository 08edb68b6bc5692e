import { combineRuns } from '../../translation/combine-runs';
import type { BackendChoice } from '../../../src/runtime/backend-names';
import type { RunSummary } from '../../../src/runtime/program-runner';
import { beamSearch, type BeamDecoding } from '../../../src/translation/beam-search';
import {
  greedy,
  sample,
  type Decoding,
  type DecodingStep,
} from '../../../src/translation/decoding';
import type { GraphRun } from '../../../src/translation/translation-session';
import type {
  EncodedSentence,
  StepFunction,
  TranslationSession,
} from '../../../src/translation/translation-session';
import type { Vocabulary } from '../../../src/text/vocabulary';

/** How the next token is chosen. */
export type Strategy =
  | { readonly kind: 'greedy' }
  | { readonly kind: 'beam'; readonly width: number }
  | {
      readonly kind: 'sample';
      readonly temperature: number;
      readonly topK: number;
      readonly seed: number;
    };

/** The strategies in the order the selector lists them. */
export const STRATEGY_KINDS = ['greedy', 'beam', 'sample'] as const;

/** Smallest and largest beam width the control offers. */
export const BEAM_WIDTHS = { min: 1, max: 8 } as const;

/** Length-normalisation exponent α of the beam search's final ranking. */
export const LENGTH_PENALTY = 0.6;

/** Candidates shown per step. */
export const TOP_K = 5;

/** The two vocabularies of a trained model. */
export interface Vocabularies {
  readonly srcVocab: Vocabulary;
  readonly tgtVocab: Vocabulary;
}

/** One sentence encoded and decoded with one strategy, and everything the figures show of it. */
export interface DecodeRun {
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly encoded: EncodedSentence;
  readonly decoding: Decoding | BeamDecoding;
  readonly strategy: Strategy;
  /** The encoder and every decoder step as one run, for the backend switcher. */
  readonly run: RunSummary;
}

/**
 * What a stepper's position belongs to: the sentence, the strategy and the output. The same run
 * repeated on a faster backend has the same identity, so the reader's place is kept.
 */
export function runIdentity({ source, target, strategy }: DecodeRun): string {
  return JSON.stringify([source, target, strategy]);
}

/** Encodes `tokens` on `choice` and decodes them with `strategy`. */
export async function decodeSentence(
  session: TranslationSession,
  { srcVocab, tgtVocab }: Vocabularies,
  tokens: readonly string[],
  choice: BackendChoice,
  strategy: Strategy = { kind: 'greedy' },
): Promise<DecodeRun> {
  const ids = srcVocab.encode(tokens);
  const encoded = await session.encode(ids, choice);
  const stepper = session.stepper(choice);
  const runs: GraphRun[] = [encoded];
  const step: StepFunction = async (state, token) => {
    const result = await stepper(state, token);
    runs.push(result);
    return result;
  };
  const input = { start: encoded.start, step, sourceLength: ids.length, topK: TOP_K };
  const decoding =
    strategy.kind === 'greedy'
      ? await greedy(input)
      : strategy.kind === 'beam'
        ? await beamSearch(input, { width: strategy.width, alpha: LENGTH_PENALTY })
        : await sample(input, strategy);
  return {
    source: tokens,
    target: tgtVocab.decode(decoding.tokens),
    encoded,
    decoding,
    strategy,
    run: combineRuns(runs),
  };
}

/** Whether `decoding` came from a beam search (and so has a tree). */
export function isBeam(decoding: Decoding | BeamDecoding): decoding is BeamDecoding {
  return 'nodes' in decoding;
}

/**
 * How many slots of a step's key/value cache `decoder.0.keys` [1, h, slots, dk] hold a position,
 * counted from the tensor itself (a slot is filled when any head stores a non-zero key in it).
 */
export function filledSlots(step: DecodingStep): { filled: number; total: number } {
  const keys = step.outputs['decoder.0.keys'];
  if (!keys) return { filled: 0, total: 0 };
  const [, heads, slots, width] = keys.shape as [number, number, number, number];
  let filled = 0;
  for (let s = 0; s < slots; s++) {
    let used = false;
    for (let h = 0; h < heads && !used; h++) {
      const start = (h * slots + s) * width;
      for (let d = 0; d < width && !used; d++) used = keys.data[start + d] !== 0;
    }
    if (used) filled = s + 1;
  }
  return { filled, total: slots };
}

/** A step's cross-attention in its last layer: one row per head, then their mean. */
export function crossAttentionRows(step: DecodingStep): number[][] {
  const heads = step.attention.cross.at(-1) ?? [];
  if (heads.length === 0) return [];
  const mean = heads[0]!.map((_, j) => heads.reduce((sum, row) => sum + row[j]!, 0) / heads.length);
  return [...heads.map((row) => [...row]), mean];
}

/** The tokens a decoding wrote up to and including step `index`, as target words. */
export function writtenSoFar(decoding: Decoding, index: number, vocabulary: Vocabulary): string[] {
  return vocabulary.decode(decoding.steps.slice(0, index + 1).map((s) => s.chosen));
}
