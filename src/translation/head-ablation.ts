import { setFiniteChecks } from '../engine';
import { checkInterventions, type HeadRef } from '../models/interventions';
import { MAX_SOURCE_TOKENS } from '../models/step-graphs';
import type { Transformer } from '../models/transformer';
import { greedyIntervened } from './intervened-decoding';

/** A source sentence and its reference translation, as ids without specials. */
export interface IdPair {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
}

/** Progress, cancelling and chunking of {@link exactMatchWithHeadsOff}. */
export interface AblationOptions {
  readonly signal?: AbortSignal;
  /** Called after each chunk with the pairs translated so far. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Sentences translated between two yields to the page (default 10). */
  readonly chunkSize?: number;
}

/** How many greedy translations equal their reference, and the translations themselves. */
export interface AblationResult {
  readonly exact: number;
  readonly total: number;
  /** exact / total, 0 for no pairs. */
  readonly accuracy: number;
  /** In the order of the pairs, without <eos>; cut at the length cap when <eos> never came. */
  readonly translations: readonly (readonly number[])[];
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Exact match of the Transformer's greedy translations against the references with `headsOff`
 * switched off, on the TypeScript reference: each translation is the one {@link
 * greedyIntervened} gives, a chunk at a time with a yield to the page in between. Rejects with
 * the signal's reason when aborted.
 */
export async function exactMatchWithHeadsOff(
  model: Transformer,
  pairs: readonly IdPair[],
  headsOff: readonly HeadRef[],
  { signal, onProgress, chunkSize = 10 }: AblationOptions = {},
): Promise<AblationResult> {
  checkInterventions({ headsOff }, model.config, 0);
  if (pairs.some(({ src }) => src.length === 0 || src.length > MAX_SOURCE_TOKENS))
    throw new RangeError(`a source has 1 to ${MAX_SOURCE_TOKENS} tokens`);
  const translations: number[][] = [];
  while (translations.length < pairs.length) {
    signal?.throwIfAborted();
    // The finite checks only guard against bad input, which trained weights never give.
    setFiniteChecks(false);
    try {
      for (const { src } of pairs.slice(translations.length, translations.length + chunkSize))
        translations.push(greedyIntervened(model, src, { headsOff }).tokens);
    } finally {
      setFiniteChecks(true);
    }
    onProgress?.(translations.length, pairs.length);
    await yieldToPage();
  }
  signal?.throwIfAborted();
  const exact = pairs.filter(({ tgt }, i) => sameIds(translations[i]!, tgt)).length;
  return {
    exact,
    total: pairs.length,
    accuracy: pairs.length === 0 ? 0 : exact / pairs.length,
    translations,
  };
}
