import { describe, expect, it } from 'vitest';
import { SEED_TOKENS } from '../facts/attention-facts';
import { shippedBundle } from '../facts/shipped';
import type { AttentionKind, HeadRole } from '../models/attention-hooks';
import type { HeadCapture } from '../models/head-capture';
import type { HeadRef, SiteRef, TensorOverride } from '../models/interventions';
import { MAX_TARGET_TOKENS } from '../models/step-graphs';
import type { Transformer } from '../models/transformer';
import { BOS_ID } from '../text/vocabulary';
import { greedy } from './decoding';
import { decodeIntervened, greedyIntervened, type IntervenedRun } from './intervened-decoding';
import { plainTransformer, type PlainEdits, type PlainSite } from './plain-transformer-fixture';
import { TranslationSession } from './translation-session';

const bundle = shippedBundle('transformer');
const model = bundle.model as Transformer;
const { layers, heads } = model.config;
const ids = bundle.srcVocab.encode(SEED_TOKENS);
const plain = plainTransformer(model.parameters(), model.config);
const TIMEOUT = 60_000;

const FIELD: Record<HeadRole, keyof HeadCapture> = {
  query: 'queries',
  key: 'keys',
  value: 'values',
};

/** Every number within `tolerance`, relative to the larger of 1 and its magnitude. */
function expectClose(
  actual: readonly (readonly number[])[],
  expected: readonly number[][],
  tolerance: number,
) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    expect(row.length).toBe(expected[i]!.length);
    row.forEach((v, j) => {
      const want = expected[i]![j]!;
      if (Math.abs(v - want) > tolerance * Math.max(1, Math.abs(want)))
        expect(v, `[${i}][${j}]`).toBe(want);
    });
  });
}

function expectSiteClose(captured: HeadCapture[] | undefined, site: PlainSite, tolerance = 2e-5) {
  expect(captured).toHaveLength(heads);
  captured!.forEach((head, h) => {
    expectClose(head.queries, site.queries[h]!, tolerance);
    expectClose(head.keys, site.keys[h]!, tolerance);
    expectClose(head.values, site.values[h]!, tolerance);
    expectClose(head.weights, site.weights[h]!, tolerance);
  });
}

/** The plain model's edits for interventions, by site, role and head. */
function plainEdits(
  headsOff: readonly HeadRef[],
  overrides: readonly TensorOverride[] = [],
): PlainEdits {
  return {
    headsOff,
    edit: (site, role, head, rows) => {
      const override = overrides.find(
        (o) =>
          o.kind === site.kind &&
          o.layer === site.layer &&
          o.step === site.step &&
          o.role === role &&
          o.head === head,
      );
      return override ? override.rows.map((row) => [...row]) : rows;
    },
  };
}

/**
 * Checks `run` against the plain model with the same edits: every site it captured, and every
 * step's logits, feeding the plain decoder the run's own tokens.
 */
function expectPlainAgrees(run: IntervenedRun, edits: PlainEdits) {
  const encoded = plain.encode(ids, edits);
  for (let layer = 0; layer < layers; layer++)
    expectSiteClose(run.capture({ kind: 'encoder-self', layer }), encoded.sites[layer]!);
  const step = plain.decoder(encoded.memory, edits);
  run.decoding.steps.forEach(({ input, outputs }, t) => {
    const out = step(input);
    expectClose([[...outputs.logits!.data]], [out.logits], 1e-4);
    for (let layer = 0; layer < layers; layer++) {
      expectSiteClose(run.capture({ kind: 'decoder-self', layer, step: t }), out.self[layer]!);
      expectSiteClose(run.capture({ kind: 'cross', layer, step: t }), out.cross[layer]!);
    }
  });
}

/** Tokens and every step's logits bit for bit. */
function expectSameRun(a: IntervenedRun, b: IntervenedRun) {
  expect(a.decoding.tokens).toEqual(b.decoding.tokens);
  expect(a.decoding.steps.map((s) => s.outputs.logits!.data)).toEqual(
    b.decoding.steps.map((s) => s.outputs.logits!.data),
  );
}

describe('the Transformer under interventions, on the seed sentence', () => {
  it(
    "captures each site's Q, K, V and weights as an independent recomputation gives them",
    async () => {
      const run = await decodeIntervened(model, ids);
      expect(run.decoding.finished).toBe(true);
      expectPlainAgrees(run, {});
      const last = run.decoding.steps.length - 1;
      const self = run.capture({ kind: 'decoder-self', layer: 1, step: last })!;
      expect(self[0]!.keys).toHaveLength(last + 1);
      expect(self[0]!.queries).toHaveLength(1);
      expect(run.capture({ kind: 'cross', layer: 0, step: last + 1 })).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    "with no interventions is bit for bit the session's TypeScript translation",
    async () => {
      const session = new TranslationSession(model);
      const encoded = await session.encode(ids, 'ts');
      const expected = await greedy({
        start: encoded.start,
        step: session.stepper('ts'),
        sourceLength: ids.length,
      });
      await session.release();
      for (const run of [
        await decodeIntervened(model, ids),
        await decodeIntervened(model, ids, { headsOff: [] }),
      ]) {
        expect(run.decoding.tokens).toEqual(expected.tokens);
        expect(run.decoding.steps.map((s) => s.outputs.logits!.data)).toEqual(
          expected.steps.map((s) => s.outputs.logits!.data),
        );
        expect(run.encoded['encoder.1.output']!.data).toEqual(
          encoded.outputs['encoder.1.output']!.data,
        );
      }
      expect(greedyIntervened(model, ids, {})).toEqual({ tokens: expected.tokens, finished: true });
    },
    TIMEOUT,
  );

  it.each<HeadRef>([
    { kind: 'encoder-self', layer: 1, head: 2 },
    { kind: 'decoder-self', layer: 0, head: 1 },
    { kind: 'cross', layer: 1, head: 3 },
  ])(
    'with $kind head $head of layer $layer off, is the recomputation with its slice zeroed before W_O',
    async (off) => {
      const [base, run] = [
        await decodeIntervened(model, ids),
        await decodeIntervened(model, ids, { headsOff: [off] }),
      ];
      expectPlainAgrees(run, plainEdits([off]));
      expect(run.decoding.steps[0]!.outputs.logits!.data).not.toEqual(
        base.decoding.steps[0]!.outputs.logits!.data,
      );
    },
    TIMEOUT,
  );

  it.each<[AttentionKind, number, number | undefined, HeadRole]>([
    ['encoder-self', 1, undefined, 'key'],
    ['decoder-self', 0, 2, 'value'],
    ['decoder-self', 1, 3, 'query'],
    ['cross', 1, 1, 'query'],
    ['cross', 0, 4, 'key'],
  ])(
    'an override of %s layer %i step %s %s by its own values changes nothing',
    async (kind, layer, step, role) => {
      const base = await decodeIntervened(model, ids);
      const site: SiteRef = step === undefined ? { kind, layer } : { kind, layer, step };
      const rows = base.capture(site)![2]![FIELD[role]] as readonly (readonly number[])[];
      const run = await decodeIntervened(model, ids, {
        overrides: [{ ...site, head: 2, role, rows }],
      });
      expectSameRun(run, base);
    },
    TIMEOUT,
  );

  it.each<SiteRef>([
    { kind: 'encoder-self', layer: 0 },
    { kind: 'cross', layer: 0, step: 1 },
    { kind: 'decoder-self', layer: 1, step: 2 },
  ])(
    "a changed Q value at $kind layer $layer step $step moves that head's weights as recomputed, no other head's",
    async (site) => {
      const base = await decodeIntervened(model, ids);
      const before = base.capture(site)!;
      const [head, row, column] = [1, site.kind === 'encoder-self' ? 2 : 0, 5];
      const rows = before[head]!.queries.map((r, i) =>
        r.map((v, j) => (i === row && j === column ? v + 1.5 : v)),
      );
      const override: TensorOverride = { ...site, head, role: 'query', rows };
      const run = await decodeIntervened(model, ids, { overrides: [override] });
      const after = run.capture(site)!;
      const dk = rows[0]!.length;
      const scores = before[head]!.keys.map(
        (key) => key.reduce((s, k, j) => s + k * Math.fround(rows[row]![j]!), 0) / Math.sqrt(dk),
      );
      const exps = scores.map((s) => Math.exp(s - Math.max(...scores)));
      const expected = exps.map((e) => e / exps.reduce((a, b) => a + b, 0));
      expectClose([after[head]!.weights[row]!], [expected], 1e-5);
      expect(after[head]!.weights[row]).not.toEqual(before[head]!.weights[row]);
      after.forEach((h, i) =>
        h.weights.forEach((w, r) => {
          if (i !== head || r !== row) expect(w).toEqual(before[i]!.weights[r]);
        }),
      );
      expectPlainAgrees(run, plainEdits([], [override]));
    },
    TIMEOUT,
  );

  it(
    'carries a decoder self-attention key override at step t in the cache to later steps',
    async () => {
      const base = await decodeIntervened(model, ids);
      const site = { kind: 'decoder-self', layer: 0, step: 2 } as const;
      const rows = base.capture(site)![3]!.keys.map((r, i) => r.map((v) => (i === 2 ? v - 2 : v)));
      const override: TensorOverride = { ...site, head: 3, role: 'key', rows };
      const run = await decodeIntervened(model, ids, { overrides: [override] });
      const later = run.capture({ ...site, step: 4 })![3]!.keys;
      expect(later.slice(0, 3)).toEqual(rows.map((r) => r.map(Math.fround)));
      expect(later[2]).not.toEqual(base.capture({ ...site, step: 4 })![3]!.keys[2]);
      expectPlainAgrees(run, plainEdits([], [override]));
    },
    TIMEOUT,
  );

  it(
    "applies several overrides at once: one head's queries and values, another head's keys",
    async () => {
      const base = await decodeIntervened(model, ids);
      const site = { kind: 'cross', layer: 0, step: 1 } as const;
      const [one, other] = [base.capture(site)![1]!, base.capture(site)![2]!];
      const shifted = (rows: readonly (readonly number[])[], by: number) =>
        rows.map((r) => r.map((v, j) => (j % 3 === 0 ? v + by : v)));
      const overrides: TensorOverride[] = [
        { ...site, head: 1, role: 'query', rows: shifted(one.queries, 1) },
        { ...site, head: 1, role: 'value', rows: shifted(one.values, -2) },
        { ...site, head: 2, role: 'key', rows: shifted(other.keys, 0.5) },
      ];
      const run = await decodeIntervened(model, ids, { overrides });
      expectPlainAgrees(run, plainEdits([], overrides));
      await expect(
        decodeIntervened(model, ids, { overrides: [overrides[0]!, overrides[0]!] }),
      ).rejects.toThrow(/same head and role/);
    },
    TIMEOUT,
  );

  it(
    'decodes with every head of every site off, and says whether it reached <eos>',
    async () => {
      const kinds: AttentionKind[] = ['encoder-self', 'decoder-self', 'cross'];
      const headsOff = kinds.flatMap((kind) =>
        Array.from({ length: layers * heads }, (_, i) => ({
          kind,
          layer: Math.floor(i / heads),
          head: i % heads,
        })),
      );
      const run = await decodeIntervened(model, ids, { headsOff });
      const { tokens, finished, steps } = run.decoding;
      expect(steps.length).toBeGreaterThan(0);
      expect(finished ? tokens.length + 1 : tokens.length).toBe(steps.length);
      if (!finished) expect(steps).toHaveLength(MAX_TARGET_TOKENS);
      expect(greedyIntervened(model, ids, { headsOff })).toEqual({ tokens, finished });
      const out = plain.decoder(plain.encode(ids, { headsOff }).memory, { headsOff })(BOS_ID);
      expectClose([[...steps[0]!.outputs.logits!.data]], [out.logits], 1e-4);
    },
    TIMEOUT,
  );
});
