import type { BackendChoice } from '../../src/engine/backends/backend-names';
import {
  ComputationRunner,
  type Computation,
  type RunResult,
} from '../../src/engine/backends/computation-runner';
import type { Tensor } from '../../src/engine/tensor';

/**
 * Reactive state for a widget that runs one computation on a reader-chosen backend. A failed run
 * leaves the last good result in place and reports the error beside it.
 */
export class BackendRun {
  /** The backend the reader chose. */
  choice = $state<BackendChoice>('auto');
  /** The last successful run. */
  result = $state.raw<RunResult | undefined>();
  /** The message of the last failed run, cleared by the next success. */
  error = $state<string | undefined>();
  busy = $state(false);
  private readonly runner: ComputationRunner;
  private latest = 0;

  constructor(computation: Computation) {
    this.runner = new ComputationRunner(computation);
  }

  /**
   * Runs on the chosen backend. Runs may overlap (a slow backend must not hold up a switch to a
   * fast one); only the newest call's outcome is kept.
   */
  async compute(inputs: Readonly<Record<string, Tensor>>): Promise<void> {
    const ticket = ++this.latest;
    this.busy = true;
    try {
      const result = await this.runner.run(inputs, this.choice);
      if (ticket !== this.latest) return;
      this.result = result;
      this.error = undefined;
    } catch (error) {
      if (ticket !== this.latest) return;
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (ticket === this.latest) this.busy = false;
    }
  }

  /** Frees the ORT sessions behind this widget. */
  release(): Promise<void> {
    return this.runner.release();
  }
}
