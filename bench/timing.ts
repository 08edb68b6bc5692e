/** How long to warm up and how long (and how often) to time one benchmark case. */
export interface Budget {
  /** Untimed calls run for at least this long (and at least 2 calls) before timing starts. */
  readonly warmupMs: number;
  /** Timed calls go on until this much time has passed... */
  readonly timeMs: number;
  /** ...and at least this many calls were timed, but never more than `maxReps`. */
  readonly minReps: number;
  readonly maxReps: number;
}

/** The result of timing one case: the median of per-call wall times. */
export interface Timing {
  readonly medianMs: number;
  readonly reps: number;
}

/** Warms `fn` up, then times calls one by one within `budget` and returns the median. */
export async function measure(fn: () => unknown, budget: Budget): Promise<Timing> {
  const warmupEnd = performance.now() + budget.warmupMs;
  for (let calls = 0; calls < 2 || performance.now() < warmupEnd; calls++) await fn();
  const samples: number[] = [];
  const end = performance.now() + budget.timeMs;
  while (
    samples.length < budget.maxReps &&
    (samples.length < budget.minReps || performance.now() < end)
  ) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return { medianMs: median(samples), reps: samples.length };
}

/** The middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
