import { label, type Tensor } from '../engine';
import type { BackendChoice, BackendName } from '../engine/backends/backend-names';
import {
  ComputationRunner,
  type Fallback,
  type RunResult,
} from '../engine/backends/computation-runner';
import type { CrossCheck } from '../engine/backends/cross-check';
import type { OrtLoadOptions } from '../engine/backends/ort-loader';
import type { Named } from '../models/step-graphs';

/** A graph's named outputs as one backend computed them, and how that run went. */
export interface GraphRun {
  readonly outputs: Named;
  readonly backend: BackendName;
  readonly fallbacks: readonly Fallback[];
  readonly crossCheck?: CrossCheck;
  readonly elapsedMs: number;
}

const OUTPUT_PREFIX = 'output ';

/**
 * Runs a graph with several named outputs on any backend through the engine's
 * {@link ComputationRunner}: each output's step is labelled with its name, so the outputs can be
 * read back from whichever backend ran the trace, after the usual cross-check.
 */
export class GraphRunner {
  readonly #runner: ComputationRunner;
  readonly #names: string[] = [];

  constructor(graph: (inputs: Named) => Named, ortOptions: OrtLoadOptions = {}) {
    this.#runner = new ComputationRunner((inputs) => {
      const outputs = Object.entries(graph(inputs));
      this.#names.splice(0, this.#names.length, ...outputs.map(([name]) => name));
      for (const [name, tensor] of outputs) label(tensor, OUTPUT_PREFIX + name);
      return outputs.at(-1)![1];
    }, ortOptions);
  }

  /** Runs on `choice` (falling back as the engine does) and returns the named outputs. */
  async run(inputs: Named, choice: BackendChoice): Promise<GraphRun> {
    const result = await this.#runner.run(inputs, choice);
    return { ...pick(result), outputs: this.#outputsOf(result) };
  }

  /** Releases the ORT sessions held for this graph. */
  release(): Promise<void> {
    return this.#runner.release();
  }

  #outputsOf(result: RunResult): Named {
    const byLabel = new Map<string, Tensor>(
      result.steps.map((step) => [step.label, step.output] as const),
    );
    return Object.fromEntries(
      this.#names.map((name) => {
        const tensor = byLabel.get(OUTPUT_PREFIX + name);
        // Two outputs sharing one tensor, or an input passed straight out, has no step of its own.
        if (!tensor) throw new Error(`graph output "${name}" is not the result of its own op`);
        return [name, tensor];
      }),
    );
  }
}

function pick({ backend, fallbacks, crossCheck, elapsedMs }: RunResult) {
  return { backend, fallbacks, elapsedMs, ...(crossCheck ? { crossCheck } : {}) };
}
