import type { Decoding } from './decoding';

/** A translation's alignment: both sentences and, per written word, its weight on each source word. */
export interface Alignment {
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** One row per target word: the last decoder layer's cross-attention averaged over heads. */
  readonly weights: readonly (readonly number[])[];
}

/** The mean over heads of the last layer's cross-attention at each step that wrote a word. */
export function alignmentOf(
  source: readonly string[],
  target: readonly string[],
  decoding: Decoding,
): Alignment {
  const weights = decoding.steps.slice(0, target.length).map((step) => {
    const heads = step.attention.cross.at(-1) ?? [];
    return source.map((_, j) => heads.reduce((sum, row) => sum + row[j]!, 0) / heads.length);
  });
  return { source, target, weights };
}
