import type { Decoding } from '../../../src/translation/decoding';
import type { TokenProbability } from '../../../src/translation/step-trace';
import type { EncodedSentence } from '../../../src/translation/translation-session';

/** One frame of the RNN encoder-decoder figure. */
export type RnnFrame =
  | {
      readonly phase: 'encode';
      /** Index of the source token just read. */
      readonly index: number;
      readonly token: string;
      /** The encoder's hidden state after that token. */
      readonly state: Float32Array;
    }
  | { readonly phase: 'context'; readonly state: Float32Array }
  | {
      readonly phase: 'decode';
      readonly index: number;
      readonly input: number;
      readonly chosen: number;
      readonly top: readonly TokenProbability[];
      /** The id the repetition guard refused at this step, if any. */
      readonly blocked?: number;
      /** The decoder's hidden state after this step. */
      readonly state: Float32Array;
    };

/**
 * The frames of a fixed-vector GRU translation: one per source token (the encoder state
 * `states` [1, S, H] after it), the context vector `context` [1, H], then one per decoder step
 * (its `hidden` [1, H] and top-k).
 */
export function rnnFrames(
  source: readonly string[],
  encoded: EncodedSentence,
  decoding: Decoding,
): RnnFrame[] {
  const states = encoded.outputs['states']!;
  const context = encoded.outputs['context']!;
  const size = states.shape[2]!;
  const encode = source.map((token, index): RnnFrame => ({
    phase: 'encode',
    index,
    token,
    state: states.data.slice(index * size, (index + 1) * size),
  }));
  const decode = decoding.steps.map((step, index): RnnFrame => ({
    phase: 'decode',
    index,
    input: step.input,
    chosen: step.chosen,
    top: step.top,
    ...(step.blocked === undefined ? {} : { blocked: step.blocked }),
    state: step.outputs['hidden']!.data.slice(),
  }));
  return [...encode, { phase: 'context', state: context.data.slice() }, ...decode];
}

/** The largest |value| of every frame's state, so all strips share one colour scale. */
export function sharedExtent(frames: readonly RnnFrame[]): number {
  let extent = 0;
  for (const frame of frames) for (const v of frame.state) extent = Math.max(extent, Math.abs(v));
  return extent || 1;
}

/** The index a stepper moves to: `delta` steps from `index`, clamped to `[0, count − 1]`. */
export function moveIndex(index: number, delta: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index + delta));
}
