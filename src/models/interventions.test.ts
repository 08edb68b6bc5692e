import { describe, expect, it } from 'vitest';
import { Tensor } from '../engine';
import {
  checkInterventions,
  interventionHooks,
  siteRows,
  type Interventions,
} from './interventions';

const sizes = { layers: 2, heads: 4, dModel: 8 };
const row = [1, 2];

describe('checkInterventions', () => {
  it('accepts heads and an override that fit, with a row per position', () => {
    expect(() =>
      checkInterventions(
        {
          headsOff: [{ kind: 'cross', layer: 1, head: 3 }],
          override: {
            kind: 'decoder-self',
            layer: 0,
            step: 2,
            head: 0,
            role: 'key',
            rows: [row, row, row],
          },
        },
        sizes,
        5,
      ),
    ).not.toThrow();
  });

  it.each<[Interventions, RegExp]>([
    [{ headsOff: [{ kind: 'cross', layer: 2, head: 0 }] }, /layer/],
    [{ headsOff: [{ kind: 'cross', layer: 0, head: 4 }] }, /head/],
    [{ headsOff: [{ kind: 'other' as 'cross', layer: 0, head: 0 }] }, /kind/],
    [{ override: { kind: 'cross', layer: 0, head: 0, role: 'query', rows: [row] } }, /step/],
    [
      {
        override: { kind: 'encoder-self', layer: 0, step: 0, head: 0, role: 'query', rows: [row] },
      },
      /no target step/,
    ],
    [
      { override: { kind: 'cross', layer: 0, step: 48, head: 0, role: 'query', rows: [row] } },
      /step/,
    ],
    [{ override: { kind: 'encoder-self', layer: 0, head: 0, role: 'key', rows: [row] } }, /5 rows/],
    [
      { override: { kind: 'cross', layer: 0, step: 0, head: 0, role: 'query', rows: [[1]] } },
      /2 numbers/,
    ],
    [
      { override: { kind: 'cross', layer: 0, step: 0, head: 0, role: 'query', rows: [[1, NaN]] } },
      /finite/,
    ],
    [
      {
        override: {
          kind: 'cross',
          layer: 0,
          step: 0,
          head: 0,
          role: 'score' as 'query',
          rows: [row],
        },
      },
      /role/,
    ],
  ])('rejects %j', (interventions, message) => {
    expect(() => checkInterventions(interventions, sizes, 5)).toThrow(message);
  });
});

describe('siteRows', () => {
  it('counts a query and a key per position the site sees', () => {
    expect(siteRows({ kind: 'encoder-self', layer: 0 }, 'query', 5)).toBe(5);
    expect(siteRows({ kind: 'cross', layer: 0, step: 3 }, 'query', 5)).toBe(1);
    expect(siteRows({ kind: 'cross', layer: 0, step: 3 }, 'value', 5)).toBe(5);
    expect(siteRows({ kind: 'decoder-self', layer: 0, step: 3 }, 'key', 5)).toBe(4);
  });
});

describe('interventionHooks', () => {
  const heads = new Tensor(
    Float32Array.from({ length: 4 * 3 * 2 }, (_, i) => i),
    [1, 4, 3, 2],
  );

  it('gates the heads off of a site and no other site', () => {
    const hooks = interventionHooks({ headsOff: [{ kind: 'cross', layer: 1, head: 2 }] }, 4, 0);
    expect([...hooks('cross', 1)!.gate!.data]).toEqual([1, 1, 0, 1]);
    expect(hooks('cross', 0)!.gate).toBeUndefined();
    expect(hooks('decoder-self', 1)!.gate).toBeUndefined();
  });

  it("replaces one head's first rows, at the override's step only", () => {
    const override = {
      kind: 'cross',
      layer: 0,
      step: 1,
      head: 1,
      role: 'key',
      rows: [[-1, -2]],
    } as const;
    const replace = interventionHooks({ override }, 4, 1)('cross', 0)!.replace!;
    const out = replace('key', heads);
    const changed = [...out.data].flatMap((v, i) => (v === heads.data[i] ? [] : [i]));
    expect(changed).toEqual([6, 7]);
    expect([...out.data.subarray(6, 8)]).toEqual([-1, -2]);
    expect(replace('value', heads)).toBe(heads);
    expect(interventionHooks({ override }, 4, 2)('cross', 0)!.replace).toBeUndefined();
    expect(interventionHooks({ override }, 4, 1)('cross', 1)!.replace).toBeUndefined();
  });
});
