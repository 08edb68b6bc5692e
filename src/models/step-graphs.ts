import { Tensor } from '../engine';
import type { Resumable } from '../runtime/yield-to-main';

/** Named tensors going into or coming out of a graph. */
export type Named = Readonly<Record<string, Tensor>>;

/** Longest source the single-sentence graphs take; shorter sources are padded and masked. */
export const MAX_SOURCE_TOKENS = 32;

/** Longest translation, <eos> included, that a decoder produces. */
export const MAX_TARGET_TOKENS = 48;

/**
 * A model as two fixed-shape graphs over one sentence, an encoder and one decoder step, so that
 * the same computation runs in TypeScript and, exported to ONNX, on onnxruntime-web. Sources are
 * padded to {@link MAX_SOURCE_TOKENS}; the Transformer's key/value cache has
 * {@link MAX_TARGET_TOKENS} slots.
 */
export interface StepGraphs {
  /** `source` [1, S] ids and `sourceMask` [1, S] (1 = token) → the encoder's outputs. */
  encodeGraph(inputs: Named): Named;
  /** {@link encodeGraph} as a {@link Resumable}, pausable between its steps or layers. */
  encodingGraph(inputs: Named): Resumable<Named>;
  /** The first decoder step's inputs, all but `token`. */
  initialDecoderInputs(encoded: Named, sourceMask: Tensor): Named;
  /** One decoder step: `token` [1] and the state inputs → `logits` [1, V] and the new state. */
  decodeGraph(inputs: Named): Named;
  /** The next step's inputs, all but `token`, from this step's inputs and outputs. */
  nextDecoderInputs(inputs: Named, outputs: Named): Named;
}

/** The encoder's inputs for source ids: `source` [1, S] padded with <pad>, and `sourceMask` [1, S]. */
export function paddedSource(sourceIds: readonly number[]): { source: Tensor; sourceMask: Tensor } {
  const source = new Float32Array(MAX_SOURCE_TOKENS);
  source.set(sourceIds);
  const mask = new Float32Array(MAX_SOURCE_TOKENS).fill(1, 0, sourceIds.length);
  return {
    source: new Tensor(source, [1, MAX_SOURCE_TOKENS]),
    sourceMask: new Tensor(mask, [1, MAX_SOURCE_TOKENS]),
  };
}
