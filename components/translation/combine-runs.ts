import type { CrossCheck } from '../../src/runtime/cross-check';
import type { Fallback, RunSummary } from '../../src/runtime/program-runner';

/**
 * Several runs (graph runs, or runs already summed) as one, in the shape the backend switcher
 * shows: total time, the backend of the last run, every backend skipped on the way and the worst,
 * oldest cross-check.
 */
export function combineRuns<Run extends RunSummary>(runs: readonly Run[]): RunSummary {
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
          at: Math.min(...checks.map((c) => c.at)),
        };
  const ortRuns = runs.filter((run) => run.ortMs !== undefined);
  return {
    backend: runs.at(-1)!.backend,
    elapsedMs: runs.reduce((sum, run) => sum + run.elapsedMs, 0),
    ...(ortRuns.length > 0 ? { ortMs: ortRuns.reduce((sum, run) => sum + run.ortMs!, 0) } : {}),
    fallbacks: [...fallbacks.values()],
    ...(crossCheck ? { crossCheck } : {}),
  };
}
