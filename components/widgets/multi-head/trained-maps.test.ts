import { describe, expect, it } from 'vitest';
import { SEED_TOKENS } from '../../../src/facts/attention-facts';
import { shippedBundle } from '../../../src/facts/shipped';
import type { Transformer } from '../../../src/models/transformer';
import { decodeIntervened } from '../../../src/translation/intervened-decoding';
import { headMaps } from './trained-maps';

const bundle = shippedBundle('transformer');
const model = bundle.model as Transformer;
const run = await decodeIntervened(model, bundle.srcVocab.encode(SEED_TOKENS));
const steps = run.decoding.steps.length;
const n = SEED_TOKENS.length;

/** Row `r` of a map. */
const row = ({ data, columns }: { data: Float32Array; columns: number }, r: number) => [
  ...data.subarray(r * columns, (r + 1) * columns),
];

describe('headMaps', () => {
  it("draws the encoder's weights as the run captured them, a row per source token", () => {
    const maps = headMaps(run, 'encoder-self', 1);
    const captured = run.capture({ kind: 'encoder-self', layer: 1 })!;
    expect(maps).toHaveLength(model.config.heads);
    maps.forEach((map, h) => {
      expect([map.rows, map.columns, map.dimmed.size]).toEqual([n, n, 0]);
      for (let r = 0; r < n; r++) expect(row(map, r)).toEqual(captured[h]!.weights[r]);
    });
  });

  it('draws a row per decoding step, over the source for cross-attention', () => {
    const [map] = headMaps(run, 'cross', 0);
    expect([map!.rows, map!.columns, map!.dimmed.size]).toEqual([steps, n, 0]);
    const last = run.capture({ kind: 'cross', layer: 0, step: steps - 1 })!;
    expect(row(map!, steps - 1)).toEqual(last[0]!.weights[0]);
  });

  it("dims what the masked self-attention cannot see: the positions after each step's own", () => {
    const [map] = headMaps(run, 'decoder-self', 1);
    expect([map!.rows, map!.columns]).toEqual([steps, steps]);
    expect(map!.dimmed.size).toBe((steps * (steps - 1)) / 2);
    for (let t = 0; t < steps; t++) {
      const cells = row(map!, t);
      expect(cells.slice(0, t + 1).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(cells.slice(t + 1).every((v) => v === 0)).toBe(true);
      expect(map!.dimmed.has(t * steps + t)).toBe(false);
    }
  });
});
