import type { BackendChoice } from '../../src/runtime/backend-names';
import type { RunSummary } from '../../src/runtime/program-runner';

/** What a backend switcher shows and sets: the reader's choice and how the last run went. */
export class BackendStatus<R extends RunSummary = RunSummary> {
  /** The backend the reader chose. */
  choice = $state<BackendChoice>('auto');
  /** The last successful run. */
  result = $state.raw<R | undefined>();
  /** The message of the last failed run, cleared by the next success. */
  error = $state<string | undefined>();
  busy = $state(false);
}
