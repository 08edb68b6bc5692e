import { describe, expect, it } from 'vitest';
import { shippedBundle } from '../facts/shipped';
import { shippedSlice } from '../learn/learn-fixtures';
import type { HeadRef } from '../models/interventions';
import type { Transformer } from '../models/transformer';
import { exactMatchWithHeadsOff } from './head-ablation';
import { decodeIntervened } from './intervened-decoding';

const bundle = shippedBundle('transformer');
const model = bundle.model as Transformer;
const slice = shippedSlice();
// The slice's sentences in the shipped model's own ids.
const pairs = slice.validation.slice(0, 24).map(({ src, tgt }) => ({
  src: bundle.srcVocab.encode(slice.srcVocab.decode(src)),
  tgt: bundle.tgtVocab.encode(slice.tgtVocab.decode(tgt)),
}));
const off: HeadRef[] = [{ kind: 'cross', layer: 1, head: 0 }];
const TIMEOUT = 60_000;

describe('exactMatchWithHeadsOff', () => {
  it(
    'agrees with translating the pairs one by one, and reports progress in chunks',
    async () => {
      const progress: [number, number][] = [];
      const result = await exactMatchWithHeadsOff(model, pairs, off, {
        chunkSize: 10,
        onProgress: (done, total) => progress.push([done, total]),
      });
      const singles = await Promise.all(
        pairs.map(
          async ({ src }) =>
            (await decodeIntervened(model, src, { headsOff: off })).decoding.tokens,
        ),
      );
      expect(result.translations).toEqual(singles);
      const exact = singles.filter((t, i) => t.join() === pairs[i]!.tgt.join()).length;
      expect(result).toMatchObject({ exact, total: pairs.length, accuracy: exact / pairs.length });
      expect(progress).toEqual([
        [10, 24],
        [20, 24],
        [24, 24],
      ]);
    },
    TIMEOUT,
  );

  it(
    'scores the untouched model when no head is off',
    async () => {
      const result = await exactMatchWithHeadsOff(model, pairs.slice(0, 6), []);
      for (const [i, { src }] of pairs.slice(0, 6).entries())
        expect(result.translations[i]).toEqual(
          (await decodeIntervened(model, src)).decoding.tokens,
        );
    },
    TIMEOUT,
  );

  it('stops with the signal and rejects bad input', async () => {
    const controller = new AbortController();
    const run = exactMatchWithHeadsOff(model, pairs, off, {
      chunkSize: 4,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow(/abort/i);
    await expect(exactMatchWithHeadsOff(model, [{ src: [], tgt: [] }], off)).rejects.toThrow(
      RangeError,
    );
    await expect(
      exactMatchWithHeadsOff(model, pairs, [{ kind: 'cross', layer: 0, head: 9 }]),
    ).rejects.toThrow(/head/);
    expect(await exactMatchWithHeadsOff(model, [], off)).toMatchObject({ exact: 0, accuracy: 0 });
  });
});
