import { describe, expect, it } from 'vitest';
import { attentionForward } from '../../../src/engine/attention';
import { fromNested } from '../../../src/engine/create';
import { traced } from '../../../src/engine/trace';
import { presetIds, presetValues, sentenceTokens } from './presets';

const sizes = { seed: 7, nQ: 2, nK: 3, dK: 5, dV: 4 };

function weightsOf(id: (typeof presetIds)[number]) {
  const { q, k, v } = presetValues(id, sizes);
  const { trace } = traced(() => attentionForward(fromNested(q), fromNested(k), fromNested(v)));
  return trace.steps.find((s) => s.name === 'weights')!.output;
}

describe('presets', () => {
  it.each(presetIds)('%s has consistent shapes', (id) => {
    const { q, k, v } = presetValues(id, sizes);
    expect(q[0]!.length).toBe(k[0]!.length);
    expect(k.length).toBe(v.length);
    for (const m of [q, k, v]) expect(new Set(m.map((row) => row.length)).size).toBe(1);
  });

  it('labels the sentence preset with its tokens', () => {
    const values = presetValues('sentence', sizes);
    expect(values.tokens).toEqual(sentenceTokens);
    expect(values.q).toHaveLength(6);
  });

  it('random fills the requested shape reproducibly from the seed', () => {
    const a = presetValues('random', sizes);
    expect(a.q).toHaveLength(2);
    expect(a.q[0]).toHaveLength(5);
    expect(a.v[0]).toHaveLength(4);
    expect(presetValues('random', sizes)).toEqual(a);
    expect(presetValues('random', { ...sizes, seed: 8 })).not.toEqual(a);
  });

  it('the lookup preset puts nearly all weight on the matching key', () => {
    const weights = weightsOf('lookup');
    expect(weights.data[2]).toBeGreaterThan(0.999);
  });

  it('the uniform preset gives every key the same weight', () => {
    const weights = weightsOf('uniform');
    for (const w of weights.data) expect(w).toBeCloseTo(0.25, 6);
  });

  it('in the sentence preset, apple attends most to green', () => {
    const weights = weightsOf('sentence');
    const apple = Array.from(weights.data.slice(30, 36));
    expect(apple.indexOf(Math.max(...apple))).toBe(4);
  });
});
