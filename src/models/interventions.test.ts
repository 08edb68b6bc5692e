import { describe, expect, it } from 'vitest';
import { Tensor } from '../engine';
import {
  checkInterventions,
  interventionHooks,
  siteRows,
  type Interventions,
  type TensorOverride,
} from './interventions';

const sizes = { layers: 2, heads: 4, dModel: 8 };
const row = [1, 2];

describe('checkInterventions', () => {
  it('accepts heads and an override that fit, with a row per position', () => {
    expect(() =>
      checkInterventions(
        {
          headsOff: [{ kind: 'cross', layer: 1, head: 3 }],
          overrides: [
            {
              kind: 'decoder-self',
              layer: 0,
              step: 2,
              head: 0,
              role: 'key',
              rows: [row, row, row],
            },
          ],
        },
        sizes,
        5,
      ),
    ).not.toThrow();
  });

  const one = (override: TensorOverride): Interventions => ({ overrides: [override] });
  const query = { kind: 'cross', layer: 0, step: 0, head: 0, role: 'query', rows: [row] } as const;
  it.each<[Interventions, RegExp]>([
    [{ headsOff: [{ kind: 'cross', layer: 2, head: 0 }] }, /layer/],
    [{ headsOff: [{ kind: 'cross', layer: 0, head: 4 }] }, /head/],
    [{ headsOff: [{ kind: 'other' as 'cross', layer: 0, head: 0 }] }, /kind/],
    [one({ kind: 'cross', layer: 0, head: 0, role: 'query', rows: [row] }), /step/],
    [one({ ...query, kind: 'encoder-self', rows: [row, row, row, row, row] }), /no target step/],
    [one({ ...query, step: 48 }), /step/],
    [one({ kind: 'encoder-self', layer: 0, head: 0, role: 'key', rows: [row] }), /5 rows/],
    [one({ ...query, rows: [[1]] }), /2 numbers/],
    [one({ ...query, rows: [[1, NaN]] }), /finite/],
    [one({ ...query, role: 'score' as 'query' }), /role/],
    [{ overrides: [query, { ...query, rows: [[3, 4]] }] }, /same head and role/],
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
    const replace = interventionHooks({ overrides: [override] }, 4, 1)('cross', 0)!.replace!;
    const out = replace('key', heads);
    const changed = [...out.data].flatMap((v, i) => (v === heads.data[i] ? [] : [i]));
    expect(changed).toEqual([6, 7]);
    expect([...out.data.subarray(6, 8)]).toEqual([-1, -2]);
    expect(replace('value', heads)).toBe(heads);
    expect(interventionHooks({ overrides: [override] }, 4, 2)('cross', 0)!.replace).toBeUndefined();
    expect(interventionHooks({ overrides: [override] }, 4, 1)('cross', 1)!.replace).toBeUndefined();
  });

  it('applies every override of a site to its own head and role', () => {
    const site = { kind: 'encoder-self', layer: 1 } as const;
    const rows = [
      [-1, -2],
      [-3, -4],
      [-5, -6],
    ];
    const replace = interventionHooks(
      {
        overrides: [
          { ...site, head: 0, role: 'query', rows },
          { ...site, head: 3, role: 'query', rows },
          { ...site, head: 2, role: 'value', rows },
        ],
      },
      4,
      undefined,
    )('encoder-self', 1)!.replace!;
    const changed = (role: 'query' | 'key' | 'value') => {
      const out = replace(role, heads);
      return [...out.data].flatMap((v, i) => (v === heads.data[i] ? [] : [i]));
    };
    expect(changed('query')).toEqual([0, 1, 2, 3, 4, 5, 18, 19, 20, 21, 22, 23]);
    expect(changed('value')).toEqual([12, 13, 14, 15, 16, 17]);
    expect(replace('key', heads)).toBe(heads);
  });
});
