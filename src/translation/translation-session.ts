import { Tensor } from '../engine';
import type { BackendChoice, BackendName } from '../runtime/backend-names';
import type { CrossCheck } from '../runtime/cross-check';
import type { OrtLoadOptions } from '../runtime/ort-loader';
import { ProgramRunner, type CompileCounts, type Fallback } from '../runtime/program-runner';
import type { Program } from '../runtime/program';
import { yieldIfDue } from '../runtime/yield-to-main';
import { MAX_SOURCE_TOKENS, paddedSource, type Named } from '../models/step-graphs';
import type { Seq2SeqModel } from '../models/seq2seq';
import { exportedGraphs, graphProgram, modelOutputs, type GraphSource } from './model-graphs';

/** A graph's named outputs as one backend computed them, and how that run went. */
export interface GraphRun {
  readonly outputs: Named;
  readonly backend: BackendName;
  readonly fallbacks: readonly Fallback[];
  /** The latest check of this graph on this backend against the TypeScript model. */
  readonly crossCheck?: CrossCheck;
  readonly elapsedMs: number;
  /** Of that, ORT's own `run()` (absent on `ts`). */
  readonly ortMs?: number;
}

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

/** Where a session's graphs and ORT's runtime files come from. */
export interface SessionOptions {
  readonly graphs?: GraphSource;
  readonly ort?: OrtLoadOptions;
}

/** Feeds one token to the decoder in `state` (the inputs of that step, all but the token). */
export type StepFunction = (state: Named, token: number) => Promise<StepResult>;

/**
 * One trained model on the engine's backends: its encoder and decoder-step graphs as programs,
 * compiled to an ORT session once per backend and then only fed, with the TypeScript model as the
 * reference they are checked against.
 */
export class TranslationSession {
  readonly model: Seq2SeqModel;
  readonly #runner: ProgramRunner;
  readonly #encoder: Program;
  readonly #decoder: Program;
  /** Force a reference check on the next run of each graph (the switcher's "verify"). */
  #verify = { encoder: false, decoder: false };

  /** `graphs` default to exports of `model` itself; `ort` says where ORT's runtime files are. */
  constructor(
    model: Seq2SeqModel,
    { graphs = exportedGraphs(model), ort = {} }: SessionOptions = {},
  ) {
    this.model = model;
    this.#runner = new ProgramRunner(ort);
    this.#encoder = graphProgram(model, 'encoder', graphs);
    this.#decoder = graphProgram(model, 'decoder', graphs);
  }

  /** How many graphs were compiled and ORT sessions created for this model. */
  get counts(): CompileCounts {
    return this.#runner.counts;
  }

  /** Settles when the graphs `auto` skipped while they compiled are ready. */
  whenWarm(): Promise<void> | undefined {
    return this.#runner.whenWarm();
  }

  /** Checks the next run of each graph against the TypeScript model, whatever the policy says. */
  verifyNext(): void {
    this.#verify = { encoder: true, decoder: true };
  }

  /** Encodes source ids (at most {@link MAX_SOURCE_TOKENS}) on `choice`. */
  async encode(sourceIds: readonly number[], choice: BackendChoice): Promise<EncodedSentence> {
    if (sourceIds.length === 0 || sourceIds.length > MAX_SOURCE_TOKENS)
      throw new RangeError(`a source has 1 to ${MAX_SOURCE_TOKENS} tokens`);
    const inputs = paddedSource(sourceIds);
    const run = await this.#run(this.#encoder, 'encoder', inputs, choice);
    return {
      ...run,
      sourceIds,
      start: this.model.initialDecoderInputs(run.outputs, inputs.sourceMask),
    };
  }

  /** A {@link StepFunction} running the decoder step on `choice`. */
  stepper(choice: BackendChoice): StepFunction {
    return async (state, token) => {
      const inputs = { ...state, token: new Tensor(Float32Array.of(token), [1]) };
      const run = await this.#run(this.#decoder, 'decoder', inputs, choice);
      const { logits, probabilities } = run.outputs;
      return {
        ...run,
        logits: logits!.data,
        probabilities: probabilities!.data,
        next: this.model.nextDecoderInputs(state, run.outputs),
      };
    };
  }

  async #run(
    program: Program,
    graph: 'encoder' | 'decoder',
    inputs: Named,
    choice: BackendChoice,
  ): Promise<GraphRun> {
    const verify = this.#verify[graph];
    this.#verify[graph] = false;
    // TypeScript runs a graph synchronously: a long decoding lets the page in between steps.
    await yieldIfDue();
    const run = await this.#runner.run(program, inputs, choice, { verify });
    return {
      outputs: modelOutputs(run.outputs, inputs),
      backend: run.backend,
      fallbacks: run.fallbacks,
      elapsedMs: run.elapsedMs,
      ...(run.ortMs === undefined ? {} : { ortMs: run.ortMs }),
      ...(run.crossCheck ? { crossCheck: run.crossCheck } : {}),
    };
  }

  /** Releases the ORT sessions of both graphs. */
  release(): Promise<void> {
    return this.#runner.release();
  }
}
