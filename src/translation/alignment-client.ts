import type { ModelKind } from '../models/seq2seq';
import type { Alignment } from './alignment';
import { ModelLoadError, type LoadProblem } from './load-model';

/** What the page asks the alignment worker: a shipped model, a sentence and the site's base path. */
export interface AlignmentRequest {
  readonly kind: ModelKind;
  readonly text: string;
  readonly base: string;
}

/** The alignment worker's answer. */
export type AlignmentReply =
  | { readonly ok: true; readonly alignment: Alignment }
  | {
      readonly ok: false;
      readonly message: string;
      /** Set when the model could not be loaded, so the page can say why in its language. */
      readonly load?: { readonly problem: LoadProblem; readonly detail: string };
    };

/**
 * Translates a sentence with a shipped model in a module worker and resolves to its alignment,
 * so that loading the model and decoding never block the page. The worker ends after answering.
 */
export function alignInWorker(request: AlignmentRequest): Promise<Alignment> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./alignment-worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    worker.onmessage = ({ data }: MessageEvent<AlignmentReply>) => {
      worker.terminate();
      if (data.ok) resolve(data.alignment);
      else if (data.load)
        reject(new ModelLoadError(request.kind, data.load.problem, data.load.detail));
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      // Handled here: the message goes to the figure, not to the console.
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the worker could not start'));
    };
    worker.postMessage(request);
  });
}
