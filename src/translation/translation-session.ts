import { Tensor } from '../engine';
import type { BackendChoice } from '../engine/backends/backend-names';
import type { OrtLoadOptions } from '../engine/backends/ort-loader';
import { MAX_SOURCE_TOKENS, type Named } from '../models/step-graphs';
import { GraphRunner, type GraphRun } from './graph-runner';
import type { Seq2SeqModel } from '../models/seq2seq';

/** A source sentence after the encoder: its outputs and the decoder's first state. */
export interface EncodedSentence extends GraphRun {
  /** The source ids, without padding. */
  readonly sourceIds: readonly number[];
  /** The first decoder step's inputs, all but the token. */
  readonly start: Named;
}

/** One decoder step's outputs, its next-token probabilities and the next step's state. */
export interface StepResult extends GraphRun {
  readonly probabilities: Float32Array;
  readonly logits: Float32Array;
  readonly next: Named;
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

/** Feeds one token to the decoder in `state` (the inputs of that step, all but the token). */
export type StepFunction = (state: Named, token: number) => Promise<StepResult>;

/**
 * One trained model on the engine's backends: the encoder and decoder-step graphs, each with its
 * own runner so ORT sessions are built once and reused for every sentence and step.
 */
export class TranslationSession {
  readonly model: Seq2SeqModel;
  readonly #encoder: GraphRunner;
  readonly #decoder: GraphRunner;

  constructor(model: Seq2SeqModel, ortOptions: OrtLoadOptions = {}) {
    this.model = model;
    this.#encoder = new GraphRunner((inputs) => model.encodeGraph(inputs), ortOptions);
    this.#decoder = new GraphRunner((inputs) => model.decodeGraph(inputs), ortOptions);
  }

  /** Encodes source ids (at most {@link MAX_SOURCE_TOKENS}) on `choice`. */
  async encode(sourceIds: readonly number[], choice: BackendChoice): Promise<EncodedSentence> {
    if (sourceIds.length === 0 || sourceIds.length > MAX_SOURCE_TOKENS)
      throw new RangeError(`a source has 1 to ${MAX_SOURCE_TOKENS} tokens`);
    const inputs = paddedSource(sourceIds);
    const run = await this.#encoder.run(inputs, choice);
    return {
      ...run,
      sourceIds,
      start: this.model.initialDecoderInputs(run.outputs, inputs.sourceMask),
    };
  }

  /** A {@link StepFunction} running the decoder step on `choice`. */
  stepper(choice: BackendChoice): StepFunction {
    return async (state, token) => {
      const run = await this.#decoder.run(
        { ...state, token: new Tensor(Float32Array.of(token), [1]) },
        choice,
      );
      const { logits, probabilities } = run.outputs;
      return {
        ...run,
        logits: logits!.data,
        probabilities: probabilities!.data,
        next: this.model.nextDecoderInputs(state, run.outputs),
      };
    };
  }

  /** Releases the ORT sessions of both graphs. */
  async release(): Promise<void> {
    await Promise.all([this.#encoder.release(), this.#decoder.release()]);
  }
}
