import { exportTrace, stepOutputName } from '../engine/onnx/export-trace';
import { Tensor } from '../engine/tensor';
import { input, traced, type Trace, type TraceStep } from '../engine/trace';
import type { BackendChoice, BackendName } from './backend-names';
import type { CrossCheck } from './cross-check';
import type { OrtLoadOptions } from './ort-loader';
import type { Program, Tensors } from './program';
import { ProgramRunner, type CompileCounts, type Fallback } from './program-runner';
import { structureKey } from './structure-key';

/** A computation over named input tensors, written with engine ops (and labelled steps). */
export type Computation = (inputs: Tensors) => Tensor;

/** One run: every step's output as the chosen backend computed it, and how that went. */
export interface RunResult {
  readonly backend: BackendName;
  /** The trace's steps, with `output` replaced by the backend's values. */
  readonly steps: readonly TraceStep[];
  readonly result: Tensor;
  /** Wall time of the run, in milliseconds. */
  readonly elapsedMs: number;
  /** Of that, ORT's own `run()` (absent on `ts`). */
  readonly ortMs?: number;
  /** Backends tried before this one, in order, with the reason each was skipped. */
  readonly fallbacks: readonly Fallback[];
  /** The latest check of this computation on this backend against the TypeScript reference. */
  readonly crossCheck?: CrossCheck;
  /** Whether that check was made on this very run. */
  readonly checkedNow: boolean;
}

/**
 * Runs one step-through computation on any backend. The TypeScript trace runs first: it gives the
 * step labels a widget shows and the structure key; a graph with that structure is exported and
 * given an ORT session once, after which a run only feeds the inputs and reads every step back.
 */
export class ComputationRunner {
  readonly #programs: ProgramRunner;

  constructor(
    private readonly computation: Computation,
    ortOptions: OrtLoadOptions = {},
  ) {
    this.#programs = new ProgramRunner(ortOptions);
  }

  /** How many graphs were exported and sessions created so far. */
  get counts(): CompileCounts {
    return this.#programs.counts;
  }

  /** Runs on `choice` (falling back along the auto order); `verify` forces a reference check. */
  async run(inputs: Tensors, choice: BackendChoice, verify = false): Promise<RunResult> {
    const started = now();
    const { trace } = traced(() =>
      this.computation(
        Object.fromEntries(Object.entries(inputs).map(([name, t]) => [name, input(t, name)])),
      ),
    );
    const referenceMs = now() - started;
    const run = await this.#programs.run(traceProgram(trace), inputs, choice, { verify });
    const steps =
      run.backend === 'ts'
        ? trace.steps
        : trace.steps.map((step) => ({
            ...step,
            output: run.outputs[stepOutputName(step.index)]!,
          }));
    return {
      backend: run.backend,
      steps,
      result: steps.at(-1)!.output,
      elapsedMs: run.backend === 'ts' ? referenceMs : run.elapsedMs,
      fallbacks: run.fallbacks,
      checkedNow: run.checkedNow,
      ...(run.ortMs === undefined ? {} : { ortMs: run.ortMs }),
      ...(run.crossCheck ? { crossCheck: run.crossCheck } : {}),
    };
  }

  /** Settles when the accelerated programs `auto` skipped while they compiled are ready. */
  whenWarm(): Promise<void> | undefined {
    return this.#programs.whenWarm();
  }

  /** Releases every ORT session this runner holds. */
  release(): Promise<void> {
    return this.#programs.release();
  }
}

/** A trace as a program: every step is an output, and the trace itself is the reference. */
function traceProgram(trace: Trace): Program {
  return {
    key: structureKey(trace),
    onnx: (target) => exportTrace(trace, target),
    reference: () =>
      Object.fromEntries(trace.steps.map((step) => [stepOutputName(step.index), step.output])),
  };
}

function now(): number {
  return globalThis.performance.now();
}
