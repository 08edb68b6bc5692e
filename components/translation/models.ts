import type { ModelKind } from '../../src/models/seq2seq';
import { fetchModel, type LoadProgress } from '../../src/translation/load-model';
import { modelFromBytes, type ModelBundle } from '../../src/models/model-bundle';
import { exportedGraphs } from '../../src/translation/model-graphs';
import { TranslationSession } from '../../src/translation/translation-session';
import { holdAccelerationForReader } from '../engine/reader-engaged';
import { exclusively } from './model-queue';
import type { YourModel } from './your-model.svelte';

const loading = new Map<ModelKind, Promise<ModelBundle>>();
const sessions = new Map<ModelKind, TranslationSession>();
const listeners = new Map<ModelKind, Set<(p: LoadProgress) => void>>();
let yours: { bytes: Uint8Array; bundle: ModelBundle; session: TranslationSession } | undefined;

/**
 * The page's one copy of a shipped model, fetched on first use; every widget asking for it while
 * it downloads shares the download and sees its progress. A failed load is forgotten, so the next
 * request tries again.
 */
export function loadModel(
  kind: ModelKind,
  onProgress?: (progress: LoadProgress) => void,
): Promise<ModelBundle> {
  if (onProgress) {
    const set = listeners.get(kind) ?? new Set();
    set.add(onProgress);
    listeners.set(kind, set);
  }
  let promise = loading.get(kind);
  if (!promise) {
    promise = fetchModel(kind, {
      base: import.meta.env.BASE_URL,
      onProgress: (p) => listeners.get(kind)?.forEach((listener) => listener(p)),
    });
    loading.set(kind, promise);
    promise.then(
      () => listeners.delete(kind),
      () => {
        loading.delete(kind);
        listeners.delete(kind);
      },
    );
  }
  return promise;
}

/** The page's decoding session for a model (one set of ORT sessions per model per page). */
export async function sessionFor(
  kind: ModelKind,
  onProgress?: (progress: LoadProgress) => void,
): Promise<{ bundle: ModelBundle; session: TranslationSession }> {
  holdAccelerationForReader();
  const bundle = await loadModel(kind, onProgress);
  let session = sessions.get(kind);
  if (!session) {
    session = new TranslationSession(bundle.model, { graphs: exportedGraphs(bundle.model) });
    sessions.set(kind, session);
  }
  return { bundle, session };
}

/**
 * The decoding session of the reader's own model: built from its weights file once; its graphs
 * are exported from the model, as for the shipped ones. A newer model replaces it, and
 * the old one's ORT sessions are released once the runs queued on it have ended.
 */
export function sessionForYours(model: YourModel): {
  bundle: ModelBundle;
  session: TranslationSession;
} {
  if (yours?.bytes !== model.bytes) {
    const bundle = modelFromBytes(model.bytes);
    const old = yours?.session;
    if (old) void exclusively('yours', () => old.release());
    yours = { bytes: model.bytes, bundle, session: new TranslationSession(bundle.model) };
  }
  return yours;
}
