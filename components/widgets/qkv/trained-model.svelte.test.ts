import { describe, expect, it, vi } from 'vitest';
import { EngineError } from '../../../src/engine/errors';
import { shippedBundle } from '../../../src/facts/shipped';
import type { Transformer } from '../../../src/models/transformer';
import { decodeIntervened } from '../../../src/translation/intervened-decoding';
import { Playground } from './playground.svelte';
import { TrainedModel } from './trained-model.svelte';

const bundle = shippedBundle('transformer');
const SEED = 'she is eating a green apple';
const TIMEOUT = 60_000;

vi.mock('../../translation/models', () => ({
  sessionFor: async () => ({ bundle, session: { whenWarm: () => undefined } }),
}));

// The real decoding, counted, and made to fail once on request (as an overflow in the engine would).
const decoding = vi.hoisted(() => ({ calls: 0, failNext: undefined as Error | undefined }));
vi.mock('../../../src/translation/intervened-decoding', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('../../../src/translation/intervened-decoding')>();
  return {
    ...actual,
    decodeIntervened: (...args: Parameters<typeof actual.decodeIntervened>) => {
      decoding.calls++;
      const failure = decoding.failNext;
      decoding.failNext = undefined;
      return failure ? Promise.reject(failure) : actual.decodeIntervened(...args);
    },
  };
});

/** A trained preset on the seed sentence, showing its first head. */
async function seeded() {
  const playground = new Playground();
  const trained = new TrainedModel(playground);
  await trained.follow(SEED);
  trained.show();
  decoding.calls = 0;
  return { playground, trained };
}

describe('the trained preset', () => {
  it(
    "shows the chosen head's own values exactly, labelled with the sentence's tokens",
    async () => {
      const { playground, trained } = await seeded();
      const capture = trained.capture!;
      expect(playground.preset).toBe('trained');
      expect(playground.q.values).toEqual(capture.queries);
      expect(playground.k.values).toEqual(capture.keys);
      expect(playground.v.values).toEqual(capture.values);
      expect(playground.sizes).toEqual({ nQ: 6, nK: 6, dK: 16, dV: 16 });
      expect(playground.queryLabel(5)).toBe('apple');
      expect(trained.base!.target.length).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    "runs nothing for unchanged grids; an edited Q value re-runs the model and moves that query's weights only",
    async () => {
      const { playground, trained } = await seeded();
      await trained.apply();
      expect(decoding.calls).toBe(0);
      expect(trained.edit).toBeUndefined();
      const before = trained.capture!;
      playground.q.setText(2, 5, String(before.queries[2]![5]! + 1.5));
      await trained.apply();
      const edit = trained.edit!;
      expect(edit.serial).toBe(1);
      expect(edit.weights[2]).not.toEqual(before.weights[2]);
      edit.weights.forEach((row, i) => {
        if (i !== 2) expect(row).toEqual(before.weights[i]);
      });
      const rows = playground.q.values.map((row) => [...row]);
      const expected = await decodeIntervened(bundle.model as Transformer, trained.base!.ids, {
        overrides: [{ kind: 'encoder-self', layer: 0, head: 0, role: 'query', rows }],
      });
      expect(edit.run.decoding.tokens).toEqual(expected.decoding.tokens);
      expect(edit.changes.changed).toHaveLength(edit.target.length);
    },
    TIMEOUT,
  );

  it(
    'shows a decoder site with one query named by what its step reads and writes',
    async () => {
      const { playground, trained } = await seeded();
      const steps = trained.base!.steps;
      trained.choice = { kind: 'decoder-self', layer: 1, head: 2, step: 3 };
      trained.show();
      expect(playground.sizes).toEqual({ nQ: 1, nK: 4, dK: 16, dV: 16 });
      expect(playground.queryLabel(0)).toBe(`${steps[3]!.input}→${steps[3]!.output}`);
      expect(playground.keyLabel(3)).toBe(steps[3]!.input);
      trained.choice = { kind: 'cross', layer: 1, head: 2, step: 99 };
      expect(trained.site.step).toBe(steps.length - 1);
      trained.show();
      expect(playground.sizes).toEqual({ nQ: 1, nK: 6, dK: 16, dV: 16 });
      expect(playground.keyLabel(0)).toBe('she');
    },
    TIMEOUT,
  );

  it(
    'keeps an edit when the same sentence runs again, and Reset puts the model’s values back',
    async () => {
      const { playground, trained } = await seeded();
      playground.v.setText(0, 0, '4');
      await trained.apply();
      expect(trained.edit).toBeDefined();
      await trained.follow(`${SEED} `);
      trained.show();
      expect(playground.v.values[0]![0]).toBe(4);
      expect(trained.edit).toBeDefined();
      trained.reset();
      expect(trained.edit).toBeUndefined();
      expect(playground.v.values).toEqual(trained.capture!.values);
      await trained.apply();
      expect(trained.edit).toBeUndefined();
    },
    TIMEOUT,
  );

  it(
    'refuses a value the model cannot run with at its cell, keeping the last values that ran',
    async () => {
      const { playground, trained } = await seeded();
      playground.k.setText(1, 1, '2');
      await trained.apply();
      const good = trained.edit!;
      const kept = playground.k.values[4]![7]!;
      playground.k.setText(4, 7, '900000');
      decoding.failNext = new EngineError(
        'softmax',
        [[1, 6]],
        'input 0 has Infinity',
        'non-finite',
      );
      await trained.apply();
      expect(trained.refused).toMatch(/Infinity/);
      expect(trained.edit).toBe(good);
      expect(playground.k.values[4]![7]).toBe(kept);
      expect(playground.k.texts[4]![7]).toBe('900000');
      expect(playground.k.problems[4]![7]).toBe('refused');
      expect(playground.k.values[1]![1]).toBe(2);
      // Back at the last good values, nothing runs; the next edit that runs clears the message.
      const calls = decoding.calls;
      await trained.apply();
      expect(decoding.calls).toBe(calls);
      playground.k.setText(4, 7, '1');
      await trained.apply();
      expect(trained.refused).toBeUndefined();
      expect(trained.edit!.serial).toBe(good.serial + 1);
    },
    TIMEOUT,
  );

  it(
    'collapses edits made while a run is under way into the newest',
    async () => {
      const { playground, trained } = await seeded();
      const runs = [0.5, 1, 1.5].map((value) => {
        playground.q.setValue(0, 0, value);
        return trained.apply();
      });
      await Promise.all(runs);
      expect(decoding.calls).toBe(2);
      expect(trained.edit!.serial).toBe(2);
      expect(playground.q.values[0]![0]).toBe(1.5);
    },
    TIMEOUT,
  );

  it(
    'loads the values of a new sentence, and keeps the last run for one it cannot translate',
    async () => {
      const { playground, trained } = await seeded();
      await trained.follow('he is eating a banana');
      trained.show();
      expect(playground.sizes.nQ).toBe(5);
      expect(playground.queryLabel(4)).toBe('banana');
      const base = trained.base;
      await trained.follow('he is eating a bananna');
      expect(trained.job.inputError?.kind).toBe('unknown-words');
      expect(trained.base).toBe(base);
    },
    TIMEOUT,
  );
});
