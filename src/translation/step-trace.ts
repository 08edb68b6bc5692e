import type { Named } from '../models/step-graphs';

/** A candidate next token and its probability. */
export interface TokenProbability {
  readonly id: number;
  readonly probability: number;
}

/** Attention weights of one decoder step: [layer][head][key position], padding cut off. */
export interface StepAttention {
  /** Over the source tokens (attention RNN: one layer, one head). */
  readonly cross: readonly (readonly (readonly number[])[])[];
  /** Masked self-attention over the target positions so far (Transformer only). */
  readonly self: readonly (readonly (readonly number[])[])[];
}

/** The `k` most probable ids, most probable first (ties keep the lower id first). */
export function topTokens(probabilities: Float32Array, k: number): TokenProbability[] {
  return [...probabilities]
    .map((probability, id) => ({ id, probability }))
    .sort((a, b) => b.probability - a.probability || a.id - b.id)
    .slice(0, k);
}

/** Rows of `outputs[name]` [1, h, 1, width] per head, each cut to its first `length` entries. */
function headRows(outputs: Named, name: string, length: number): number[][] | undefined {
  const weights = outputs[name];
  if (!weights) return undefined;
  const [, heads, , width] = weights.shape as [number, number, number, number];
  return Array.from({ length: heads }, (_, h) => [
    ...weights.data.subarray(h * width, h * width + length),
  ]);
}

/** Collects the step's attention maps, from outputs named `decoder.<layer>.<kind>Weights`. */
export function stepAttention(
  outputs: Named,
  sourceLength: number,
  position: number,
): StepAttention {
  const collect = (kind: 'cross' | 'self', length: number) => {
    const layers: number[][][] = [];
    for (let i = 0; ; i++) {
      const rows = headRows(outputs, `decoder.${i}.${kind}Weights`, length);
      if (!rows) return layers;
      layers.push(rows);
    }
  };
  return { cross: collect('cross', sourceLength), self: collect('self', position + 1) };
}
