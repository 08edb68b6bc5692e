import type { Fallback, RunResult } from '../../src/engine/backends/computation-runner';
import type { CrossCheck } from '../../src/engine/backends/cross-check';
import type { GraphRun } from '../../src/translation/graph-runner';

/**
 * Several graph runs summed up as one, in the shape the backend switcher shows: total time, the
 * backend of the last run, every backend skipped on the way and the worst cross-check.
 */
export function combineRuns(runs: readonly GraphRun[]): RunResult {
  const fallbacks = new Map<string, Fallback>();
  for (const run of runs) for (const f of run.fallbacks) fallbacks.set(f.backend, f);
  const checks = runs.flatMap((run) => (run.crossCheck ? [run.crossCheck] : []));
  const crossCheck: CrossCheck | undefined =
    checks.length === 0
      ? undefined
      : {
          maxAbsDiff: Math.max(...checks.map((c) => c.maxAbsDiff)),
          matches: checks.every((c) => c.matches),
          tolerance: checks[0]!.tolerance,
        };
  const last = runs.at(-1)!;
  return {
    backend: last.backend,
    steps: [],
    result: Object.values(last.outputs).at(-1)!,
    elapsedMs: runs.reduce((sum, run) => sum + run.elapsedMs, 0),
    fallbacks: [...fallbacks.values()],
    ...(crossCheck ? { crossCheck } : {}),
  };
}
