import {
  ComputationRunner,
  type Computation,
  type RunResult,
} from '../../src/runtime/computation-runner';
import type { Tensors } from '../../src/runtime/program';
import { BackendStatus } from './backend-status.svelte';
import { holdAccelerationForReader } from './reader-engaged';
import { errorMessage } from '../../src/lib/error-message';

/**
 * Reactive state for a widget that runs one computation on a reader-chosen backend. A failed run
 * leaves the last good result in place and reports the error beside it.
 */
export class BackendRun extends BackendStatus<RunResult> {
  private readonly runner: ComputationRunner;
  private latest = 0;
  private lastInputs: Tensors | undefined;

  constructor(computation: Computation) {
    super();
    holdAccelerationForReader();
    this.runner = new ComputationRunner(computation);
  }

  /**
   * Runs on the chosen backend. Runs may overlap (a slow backend must not hold up a switch to a
   * fast one); only the newest call's outcome is kept. `verify` checks it against the reference.
   */
  async compute(inputs: Tensors, verify = false): Promise<void> {
    const ticket = ++this.latest;
    this.lastInputs = inputs;
    this.busy = true;
    try {
      const result = await this.runner.run(inputs, this.choice, verify);
      if (ticket !== this.latest) return;
      this.result = result;
      this.error = undefined;
      // The first answer may come from TypeScript while ORT loads; the faster one follows.
      void this.runner.whenWarm()?.then(() => {
        if (ticket === this.latest) void this.compute(inputs);
      });
    } catch (error) {
      if (ticket !== this.latest) return;
      this.error = errorMessage(error);
    } finally {
      if (ticket === this.latest) this.busy = false;
    }
  }

  /** Runs the last inputs again, checked against the TypeScript reference. */
  verify(): Promise<void> {
    return this.lastInputs ? this.compute(this.lastInputs, true) : Promise.resolve();
  }

  /** Frees the ORT sessions behind this widget. */
  release(): Promise<void> {
    return this.runner.release();
  }
}
