import type { ModelKind } from '../models/seq2seq';
import { MODEL_FILES, type ModelCard } from '../models/model-card';
import { modelFromBytesYielding, type ModelBundle } from '../models/model-bundle';
import { errorMessage } from '../lib/error-message';

/** Bytes received so far and the total, when the server says it. */
export interface LoadProgress {
  readonly loaded: number;
  readonly total?: number;
}

/** Why a model could not be loaded: no answer, an error status, or bytes that are no model. */
export type LoadProblem =
  | { readonly kind: 'network' }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'format' };

/** A model that failed to load; `problem` lets a page say why in its own language. */
export class ModelLoadError extends Error {
  constructor(
    readonly kind: ModelKind,
    readonly problem: LoadProblem,
    readonly detail: string,
  ) {
    super(`The ${kind} model could not be loaded: ${detail}`);
    this.name = 'ModelLoadError';
  }
}

const statusProblem = (kind: ModelKind, status: number, file = '') =>
  new ModelLoadError(kind, { kind: 'status', status }, `${file}the server answered ${status}`);

/** The URL of a shipped model file under the site's base path. */
export function modelUrl(kind: ModelKind, file: string, base = '/'): string {
  return `${base.replace(/\/?$/, '/')}models/${kind}/${file}`;
}

async function readAll(response: Response, onProgress?: (p: LoadProgress) => void) {
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : undefined;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    loaded += chunk.length;
    onProgress?.(total === undefined ? { loaded } : { loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Fetches and parses a shipped model's weights, reporting download progress, in short tasks. */
export async function fetchModel(
  kind: ModelKind,
  { base = '/', onProgress }: { base?: string; onProgress?: (p: LoadProgress) => void } = {},
): Promise<ModelBundle> {
  let response: Response;
  try {
    response = await fetch(modelUrl(kind, MODEL_FILES.weights, base));
  } catch (error) {
    throw new ModelLoadError(kind, { kind: 'network' }, errorMessage(error));
  }
  if (!response.ok) throw statusProblem(kind, response.status);
  let bytes: Uint8Array;
  try {
    bytes = await readAll(response, onProgress);
  } catch (error) {
    throw new ModelLoadError(kind, { kind: 'network' }, errorMessage(error));
  }
  try {
    return await modelFromBytesYielding(bytes);
  } catch (error) {
    throw new ModelLoadError(kind, { kind: 'format' }, errorMessage(error));
  }
}

/** Fetches a shipped model's card (its architecture, training record and measured scores). */
export async function fetchCard(kind: ModelKind, base = '/'): Promise<ModelCard> {
  const response = await fetch(modelUrl(kind, MODEL_FILES.card, base));
  if (!response.ok) throw statusProblem(kind, response.status, 'its card: ');
  return (await response.json()) as ModelCard;
}
