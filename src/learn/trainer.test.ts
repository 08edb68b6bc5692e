import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights } from '../models/weights-format';
import { shippedSlice } from './learn-fixtures';
import { DEFAULT_SETTINGS, settingsProblem, type TrainSettings } from './settings';
import { Trainer } from './trainer';

const slice = shippedSlice();
const small: TrainSettings = { ...DEFAULT_SETTINGS, width: 16, heads: 2, learningRate: 1e-2 };

describe('the training slice', () => {
  it('holds short sentences only, with every validation word known to the vocabularies', () => {
    expect(slice.train.length).toBeGreaterThan(1000);
    expect(slice.validation.length).toBeGreaterThan(100);
    for (const { src } of [...slice.train, ...slice.validation])
      expect(src.length).toBeLessThanOrEqual(slice.maxLength);
    const known = (ids: readonly number[]) => ids.every((id) => id > 3);
    expect(slice.validation.every((e) => known(e.src) && known(e.tgt))).toBe(true);
  });
});

describe('settings', () => {
  it('refuses values out of range, non-numbers and heads that do not divide the width', () => {
    expect(settingsProblem(DEFAULT_SETTINGS)).toBeUndefined();
    expect(settingsProblem({ ...DEFAULT_SETTINGS, learningRate: Number.NaN })).toEqual({
      reason: 'range',
      setting: 'learningRate',
    });
    expect(settingsProblem({ ...DEFAULT_SETTINGS, width: 65 })?.setting).toBe('width');
    expect(settingsProblem({ ...DEFAULT_SETTINGS, seed: 1.5 })?.setting).toBe('seed');
    expect(settingsProblem({ ...DEFAULT_SETTINGS, width: 30, heads: 4 })?.reason).toBe('heads');
    expect(
      settingsProblem({ ...DEFAULT_SETTINGS, kind: 'gru', width: 30, heads: 4 }),
    ).toBeUndefined();
    expect(() => new Trainer(slice, { ...DEFAULT_SETTINGS, learningRate: 5 })).toThrow(
      /learningRate/,
    );
  });
});

describe('Trainer', () => {
  it('lowers the training loss over 60 steps, reproducibly from the seed', () => {
    const trainer = new Trainer(slice, small);
    const losses = Array.from({ length: 60 }, () => trainer.step().loss);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(losses.slice(-10))).toBeLessThan(0.75 * mean(losses.slice(0, 5)));
    const again = new Trainer(slice, small);
    expect(again.step().loss).toBe(losses[0]);
  });

  it('evaluates validation loss, exact match and the probe with one attention row per word', () => {
    for (const kind of ['attention', 'transformer', 'gru'] as const) {
      const trainer = new Trainer(slice, { ...small, kind });
      const { step, validationLoss, exactMatch, probe } = trainer.evaluate(['she', 'is', 'eating']);
      expect(step).toBe(0);
      expect(validationLoss).toBeGreaterThan(Math.log(slice.tgtVocab.size) / 2);
      expect(exactMatch).toBe(0);
      expect(probe?.source).toEqual(['she', 'is', 'eating']);
      if (kind === 'gru') expect(probe?.attention).toBeUndefined();
      else {
        expect(probe?.attention).toHaveLength(probe!.translation.length);
        for (const row of probe!.attention!) expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 5);
      }
    }
  });

  it('marks a probe translation cut at the length cap, as untrained models write them', () => {
    const probes = (['attention', 'transformer', 'gru'] as const).map((kind) =>
      new Trainer(slice, { ...small, kind }).translate(['she', 'is', 'eating']),
    );
    for (const { translation, lengthLimit } of probes) {
      if (lengthLimit === undefined)
        expect(translation.length).toBeLessThan(2 * slice.maxLength + 2);
      else expect(translation).toHaveLength(lengthLimit);
    }
    expect(probes.some((p) => p.lengthLimit === 2 * slice.maxLength + 2)).toBe(true);
  });

  it("gives the Transformer's probe each head's rows, whose mean is the shown attention", () => {
    const trainer = new Trainer(slice, { ...small, kind: 'transformer' });
    for (let i = 0; i < 3; i++) trainer.step();
    const probe = trainer.translate(['she', 'is', 'eating', 'a', 'green', 'apple']);
    const { heads, headSharpness, attention } = probe;
    expect(heads).toHaveLength(small.heads);
    attention!.forEach((row, r) =>
      row.forEach((weight, j) => {
        const mean = heads!.reduce((sum, head) => sum + head[r]![j]!, 0) / heads!.length;
        expect(mean).toBeCloseTo(weight, 6);
      }),
    );
    heads!.forEach((head, h) => {
      for (const row of head) expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 5);
      const maxima = head.map((row) => row.reduce((a, b) => (b > a ? b : a)));
      expect(headSharpness![h]).toBeCloseTo(maxima.reduce((a, b) => a + b) / maxima.length, 6);
    });
    expect(new Trainer(slice, { ...small, kind: 'attention' }).translate(['she']).heads).toBe(
      undefined,
    );
  });

  it('stops on a non-finite loss and keeps the weights of the last finite step', () => {
    const trainer = new Trainer(slice, small);
    trainer.step();
    const lastGood = [...trainer.model.parameters().values()].map((p) => p.data.slice());
    trainer.step();
    const [first] = trainer.model.parameters().values();
    first!.data.fill(Number.NaN);
    const outcome = trainer.step();
    expect(outcome).toMatchObject({ ok: false, step: 3 });
    expect(outcome.loss).toBeNaN();
    expect(trainer.steps).toBe(2);
    [...trainer.model.parameters().values()].forEach((p, i) => expect(p.data).toEqual(lastGood[i]));
  });

  it('writes weights another trainer continues from, refusing files of other shapes', () => {
    const trainer = new Trainer(slice, { ...small, kind: 'attention' });
    for (let i = 0; i < 5; i++) trainer.step();
    const probe = ['she', 'is', 'eating', 'a', 'green', 'apple'];
    const restored = new Trainer(slice, small).withWeights(trainer.weights());
    expect(restored.settings.kind).toBe('attention');
    expect(restored.translate(probe)).toEqual(trainer.translate(probe));
    expect(() => restored.withWeights(new Uint8Array([1, 2, 3]))).toThrow(/ACW1/);
    const { tensors, metadata } = decodeWeights(trainer.weights());
    tensors.delete([...tensors.keys()][0]!);
    expect(() => restored.withWeights(encodeWeights(tensors, { metadata }))).toThrow(/lack/);
  });
});
