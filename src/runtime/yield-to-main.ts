/**
 * A long computation written as a generator: each bare `yield` marks a point where it may pause,
 * so one body serves both a caller that needs the result at once and one on the main thread.
 */
export type Resumable<T> = Generator<void, T, void>;

/**
 * How long, in milliseconds, work may hold the main thread before it lets the browser in: well
 * under the 50 ms that count as a long task, on a slow phone as on a desktop (it is wall time).
 */
export const MAIN_THREAD_BUDGET_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

let resumedAt = -Infinity;

/**
 * Ends the current task and resumes in a new one, so the browser can handle input and paint in
 * between: `scheduler.yield()` where there is one (it resumes ahead of other queued tasks), else a
 * message to itself (a zero timeout would be clamped to 4 ms after a few nested ones).
 */
export async function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') await scheduler.yield();
  else if (typeof MessageChannel === 'function') await messageToSelf();
  else await new Promise((resolve) => setTimeout(resolve, 0));
  resumedAt = now();
}

/** {@link yieldToMain} if the main thread has worked longer than `budgetMs` since it last did. */
export async function yieldIfDue(budgetMs = MAIN_THREAD_BUDGET_MS): Promise<void> {
  if (now() - resumedAt >= budgetMs) await yieldToMain();
}

/** Runs `work` to its end at once. */
export function runNow<T>(work: Resumable<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs `work` to its end, yielding to the main thread at its pauses whenever it is due. */
export async function runYielding<T>(
  work: Resumable<T>,
  budgetMs = MAIN_THREAD_BUDGET_MS,
): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await yieldIfDue(budgetMs);
  }
}

function messageToSelf(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

function now(): number {
  return globalThis.performance.now();
}
