import { crossAttentionRows } from '../decoding/decode-run';
import type { Translation } from '../translate/translate';

/** What the home figure draws: both sentences and, per Chinese word, its weight on each English word. */
export interface SeedAttention {
  readonly source: readonly string[];
  readonly target: readonly string[];
  /** One row per target word: the last decoder layer's cross-attention averaged over heads. */
  readonly weights: readonly (readonly number[])[];
}

/** Reads the drawn attention out of a translation (the mean row of each written word's step). */
export function seedAttention(translation: Translation): SeedAttention {
  const steps = translation.decoding.steps.slice(0, translation.target.length);
  return {
    source: translation.source,
    target: translation.target,
    weights: steps.map((step) =>
      (crossAttentionRows(step).at(-1) ?? []).slice(0, translation.source.length),
    ),
  };
}
