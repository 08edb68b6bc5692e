import type { Attrs } from './op';
import type { Tensor } from './tensor';

/** Receives every op the engine runs while a trace is active. */
export interface StepRecorder {
  record(op: string, inputs: readonly Tensor[], attrs: Attrs, output: Tensor): void;
}

/** Process-wide engine switches; changed only by the helpers below and by `traced`. */
export const engineState: {
  gradEnabled: boolean;
  checkFinite: boolean;
  recorder: StepRecorder | null;
} = { gradEnabled: true, checkFinite: true, recorder: null };

/** Runs `fn` without recording gradients (inference, evaluation, optimizer code). */
export function noGrad<T>(fn: () => T): T {
  const previous = engineState.gradEnabled;
  engineState.gradEnabled = false;
  try {
    return fn();
  } finally {
    engineState.gradEnabled = previous;
  }
}

/** Runs `fn` with neither gradient recording nor tracing, as backward passes do. */
export function unrecorded<T>(fn: () => T): T {
  const recorder = engineState.recorder;
  engineState.recorder = null;
  try {
    return noGrad(fn);
  } finally {
    engineState.recorder = recorder;
  }
}

/** Turns the per-op NaN/Infinity input check on or off (off saves a pass in hot loops). */
export function setFiniteChecks(enabled: boolean): void {
  engineState.checkFinite = enabled;
}
