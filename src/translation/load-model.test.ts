import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchModel, ModelLoadError, modelUrl } from './load-model';

afterEach(() => vi.unstubAllGlobals());

/** The error `fetchModel('gru')` rejects with when the server behaves as `respond` says. */
async function failureWith(respond: () => Promise<Response>): Promise<ModelLoadError> {
  vi.stubGlobal('fetch', respond);
  const error: unknown = await fetchModel('gru').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ModelLoadError);
  return error as ModelLoadError;
}

describe('fetchModel', () => {
  it('loads the shipped weights it is given', async () => {
    const bytes = readFileSync('public/models/gru/weights.bin');
    vi.stubGlobal('fetch', (url: string) => {
      expect(url).toBe(modelUrl('gru', 'weights.bin'));
      return Promise.resolve(new Response(bytes));
    });
    const bundle = await fetchModel('gru');
    expect(bundle.spec.kind).toBe('gru');
  });

  it('says which of three things went wrong, so a page can say it in its language', async () => {
    const offline = await failureWith(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(offline.problem).toEqual({ kind: 'network' });
    expect(offline.message).toBe('The gru model could not be loaded: Failed to fetch');

    const missing = await failureWith(() => Promise.resolve(new Response('', { status: 404 })));
    expect(missing.problem).toEqual({ kind: 'status', status: 404 });

    const garbage = await failureWith(() => Promise.resolve(new Response('not a model')));
    expect(garbage.problem).toEqual({ kind: 'format' });
  });
});
