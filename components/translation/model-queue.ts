import type { ModelKind } from '../../src/models/seq2seq';

/** The jobs running on each model, chained: the widgets of a page share one session per model. */
const queues = new Map<ModelKind, Promise<unknown>>();

/** Runs `task` after every earlier task on `kind` has settled. */
export function exclusively<T>(kind: ModelKind, task: () => Promise<T>): Promise<T> {
  const result = (queues.get(kind) ?? Promise.resolve()).then(task);
  queues.set(
    kind,
    result.catch(() => undefined),
  );
  return result;
}
