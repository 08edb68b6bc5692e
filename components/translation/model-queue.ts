import type { ModelSource } from './model-job.svelte';

/** The jobs running on each model, chained: the widgets of a page share one session per model. */
const queues = new Map<ModelSource, Promise<unknown>>();

/** Runs `task` after every earlier task on `kind` has settled. */
export function exclusively<T>(kind: ModelSource, task: () => Promise<T>): Promise<T> {
  const result = (queues.get(kind) ?? Promise.resolve()).then(task);
  queues.set(
    kind,
    result.catch(() => undefined),
  );
  return result;
}
