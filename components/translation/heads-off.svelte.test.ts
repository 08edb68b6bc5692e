import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SEED_TOKENS } from '../../src/facts/attention-facts';
import { shippedBundle } from '../../src/facts/shipped';
import type { Transformer } from '../../src/models/transformer';
import { ABLATION_SAMPLE_FILE, ABLATION_SAMPLE_SIZE } from '../../src/translation/ablation-sample';
import { decodeIntervened } from '../../src/translation/intervened-decoding';
import { HeadsOffState } from './heads-off.svelte';

const bundle = shippedBundle('transformer');
const model = bundle.model as Transformer;
const loaded = vi.hoisted(() => ({ bundle: undefined as unknown }));
vi.mock('./models', () => ({
  loadModel: async () => loaded.bundle,
  sessionFor: async () => ({ bundle: loaded.bundle, session: { whenWarm: () => undefined } }),
}));
loaded.bundle = bundle;
vi.stubGlobal('fetch', async (url: string) =>
  url.endsWith(`/models/transformer/${ABLATION_SAMPLE_FILE}`)
    ? new Response(readFileSync(`public/models/transformer/${ABLATION_SAMPLE_FILE}`))
    : new Response('', { status: 404 }),
);
const TIMEOUT = 120_000;

describe('HeadsOffState', () => {
  it(
    "translates the page's sentence with the heads off as the model does, marking the changes",
    async () => {
      const state = new HeadsOffState();
      await state.job.update(SEED_TOKENS.join(' '));
      const ids = bundle.srcVocab.encode(SEED_TOKENS);
      const original = await decodeIntervened(model, ids);
      const words = bundle.tgtVocab.decode(original.decoding.tokens);
      expect(state.switches!.all).toHaveLength(3 * model.config.layers * model.config.heads);
      expect(state.job.result).toMatchObject({ originalWords: words, editedWords: words, key: '' });

      state.switches!.setAll(true);
      await state.job.update(SEED_TOKENS.join(' '));
      const allOff = await decodeIntervened(model, ids, { headsOff: state.switches!.all });
      const result = state.job.result!;
      expect(result.headsOff).toHaveLength(state.switches!.all.length);
      expect(result.editedWords).toEqual(bundle.tgtVocab.decode(allOff.decoding.tokens));
      expect(result.edited.decoding.finished).toBe(allOff.decoding.finished);
      expect(result.changes.changed).toHaveLength(result.editedWords.length);
    },
    TIMEOUT,
  );

  it(
    'scores the shipped sample in the vocabulary of the loaded model',
    async () => {
      const state = new HeadsOffState();
      await state.accuracy.show([], '');
      expect(state.accuracy.error).toBeUndefined();
      const { used, skipped } = state.accuracy.sample!;
      expect(used + skipped).toBe(ABLATION_SAMPLE_SIZE);
      expect(state.accuracy.current?.total).toBe(used);
      expect(state.accuracy.baseline).toEqual(state.accuracy.current);
    },
    TIMEOUT,
  );
});
