import { describe, expect, it } from 'vitest';
import type { HeadCapture } from '../../../src/models/head-capture';
import type { DecodingStep } from '../../../src/translation/decoding';
import {
  choiceKey,
  fitChoice,
  overridesFor,
  sameGrids,
  siteLabels,
  siteOf,
  stepTokens,
  type SiteChoice,
} from './trained-site';

const source = ['she', 'is', 'eating'];
const steps = [
  { input: '<bos>', output: '她' },
  { input: '她', output: '在' },
  { input: '在', output: '吃' },
  { input: '吃', output: '<eos>' },
];
const choice = (kind: SiteChoice['kind'], step = 2): SiteChoice => ({
  kind,
  layer: 1,
  head: 3,
  step,
});

describe('a site of the trained Transformer', () => {
  it('has a target step only in the decoder', () => {
    expect(siteOf(choice('encoder-self'))).toEqual({ kind: 'encoder-self', layer: 1 });
    expect(siteOf(choice('cross'))).toEqual({ kind: 'cross', layer: 1, step: 2 });
    expect(choiceKey(choice('encoder-self', 1))).toBe(choiceKey(choice('encoder-self', 2)));
    expect(choiceKey(choice('cross', 1))).not.toBe(choiceKey(choice('cross', 2)));
  });

  it('is fitted into the model and the steps of the translation', () => {
    const sizes = { layers: 2, heads: 4 };
    expect(fitChoice({ kind: 'cross', layer: 5, head: -1, step: 9 }, sizes, 4)).toEqual({
      kind: 'cross',
      layer: 1,
      head: 0,
      step: 3,
    });
    expect(fitChoice(choice('cross'), sizes, 4)).toEqual(choice('cross'));
  });

  it('labels rows by the source tokens, and decoder positions by what they read and write', () => {
    expect(siteLabels(choice('encoder-self'), source, steps)).toEqual({
      queries: source,
      keys: source,
    });
    expect(siteLabels(choice('cross'), source, steps)).toEqual({
      queries: ['在→吃'],
      keys: source,
    });
    expect(siteLabels(choice('decoder-self'), source, steps)).toEqual({
      queries: ['在→吃'],
      keys: ['<bos>', '她', '在'],
    });
  });

  it('spells what each decoding step reads and chooses', () => {
    const decoded = [
      { input: 1, chosen: 7 },
      { input: 7, chosen: 2 },
    ] as DecodingStep[];
    expect(stepTokens(decoded, (id) => `#${id}`)).toEqual([
      { input: '#1', output: '#7' },
      { input: '#7', output: '#2' },
    ]);
  });
});

describe('overridesFor', () => {
  const capture: HeadCapture = {
    queries: [[1, 2]],
    keys: [
      [3, 4],
      [5, 6],
    ],
    values: [
      [7, 8],
      [9, 10],
    ],
    weights: [[0.5, 0.5]],
  };
  const grids = { q: capture.queries, k: capture.keys, v: capture.values };

  it('is empty while the grids hold the head’s own values', () => {
    expect(overridesFor(choice('cross'), capture, grids)).toEqual([]);
    expect(sameGrids(grids, { q: [[1, 2]], k: capture.keys, v: capture.values })).toBe(true);
  });

  it('overrides each edited role of the head, whole, at the site', () => {
    const q = [[1, 2.5]];
    const v = [
      [7, 8],
      [9, -1],
    ];
    expect(sameGrids(grids, { ...grids, q })).toBe(false);
    expect(overridesFor(choice('cross'), capture, { ...grids, q, v })).toEqual([
      { kind: 'cross', layer: 1, step: 2, head: 3, role: 'query', rows: q },
      { kind: 'cross', layer: 1, step: 2, head: 3, role: 'value', rows: v },
    ]);
    expect(overridesFor(choice('encoder-self'), capture, { ...grids, q })).toEqual([
      { kind: 'encoder-self', layer: 1, head: 3, role: 'query', rows: q },
    ]);
  });
});
