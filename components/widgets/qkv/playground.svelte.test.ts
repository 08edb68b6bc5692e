import { describe, expect, it } from 'vitest';
import { VALUE_LIMIT } from './grid-model';
import { causalMaskFor, EditableMatrix, Playground } from './playground.svelte';

describe('EditableMatrix', () => {
  it('takes a valid number and keeps the last good value for invalid text', () => {
    const m = new EditableMatrix([
      [1, 2],
      [3, 4],
    ]);
    m.setText(0, 1, '5.5');
    expect(m.values[0]).toEqual([1, 5.5]);
    for (const [text, problem] of [
      ['abc', 'not-a-number'],
      ['', 'empty'],
      ['NaN', 'not-a-number'],
      ['1e30', 'too-large'],
    ] as const) {
      m.setText(0, 1, text);
      expect(m.values[0]).toEqual([1, 5.5]);
      expect(m.texts[0]![1]).toBe(text);
      expect(m.problems[0]![1]).toBe(problem);
      expect(m.hasProblems).toBe(true);
    }
    m.setText(0, 1, '-2');
    expect(m.values[0]).toEqual([1, -2]);
    expect(m.hasProblems).toBe(false);
  });

  it('nudges and sets values within the bound, rewriting the text', () => {
    const m = new EditableMatrix([[0.95]]);
    m.setText(0, 0, 'oops');
    m.nudge(0, 0, 0.1);
    expect(m.values[0]![0]).toBe(1.05);
    expect(m.texts[0]![0]).toBe('1.05');
    expect(m.problems[0]![0]).toBeUndefined();
    m.setValue(0, 0, 5e9);
    expect(m.values[0]![0]).toBe(VALUE_LIMIT);
  });

  it('pastes a block from a cell, marking junk cells and dropping what falls off the edge', () => {
    const m = new EditableMatrix([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    m.paste(0, 1, '1\t2\t9\njunk\t4\n7\t7');
    expect(m.values).toEqual([
      [0, 1, 2],
      [0, 0, 4],
    ]);
    expect(m.problems[1]![1]).toBe('not-a-number');
    expect(m.texts[1]![1]).toBe('junk');
  });

  it('resizes, keeping overlapping cells and filling new ones with zeros', () => {
    const m = new EditableMatrix([
      [1, 2],
      [3, 4],
    ]);
    m.resize(3, 1);
    expect(m.values).toEqual([[1], [3], [0]]);
    expect(m.texts).toEqual([['1'], ['3'], ['0']]);
  });
});

describe('EditableMatrix with exact values', () => {
  it('keeps exact values, shows them rounded, and refuses changed cells back to kept values', () => {
    const exact = [
      [0.123456789, -2.5],
      [3, 4],
    ];
    const m = new EditableMatrix([[0]]);
    m.load(exact, { exact: true });
    expect(m.values).toEqual(exact);
    expect(m.texts[0]).toEqual(['0.1235', '-2.5']);
    m.setText(0, 0, '900000');
    m.setText(1, 1, '7');
    m.refuse(exact, 'refused');
    expect(m.values).toEqual(exact);
    expect(m.texts[0]![0]).toBe('900000');
    expect(m.problems).toEqual([
      ['refused', undefined],
      [undefined, 'refused'],
    ]);
    expect(m.hasProblems).toBe(true);
  });
});

describe('Playground', () => {
  it('starts on the sentence with token labels', () => {
    const p = new Playground();
    expect(p.sizes).toEqual({ nQ: 6, nK: 6, dK: 4, dV: 4 });
    expect(p.queryLabel(5)).toBe('apple');
    expect(Object.keys(p.inputs)).toEqual(['Q', 'K', 'V']);
  });

  it('resizes every matrix sharing a dimension, within bounds', () => {
    const p = new Playground();
    p.resize('dK', 2);
    expect(p.q.columns).toBe(2);
    expect(p.k.columns).toBe(2);
    expect(p.v.columns).toBe(4);
    p.resize('nK', 20);
    expect(p.k.rows).toBe(8);
    expect(p.v.rows).toBe(8);
    expect(p.keyLabel(7)).toBe('k8');
    expect(p.queryLabel(0)).toBe('q1');
    p.resize('nQ', 0);
    expect(p.q.rows).toBe(1);
  });

  it('builds engine inputs from the last good values and adds the mask when asked', () => {
    const p = new Playground();
    p.q.setText(0, 0, 'x');
    expect(p.inputs['Q']!.data[0]).toBe(1);
    expect(p.hasProblems).toBe(true);
    p.causal = true;
    expect(p.inputs['M']!.shape).toEqual([6, 6]);
  });

  it('loads the random preset at the current sizes from the seed', () => {
    const p = new Playground();
    p.resize('nQ', 2);
    p.seed = 3;
    p.loadPreset('random');
    expect(p.sizes).toEqual({ nQ: 2, nK: 6, dK: 4, dV: 4 });
    expect(p.labels).toBeUndefined();
    expect(p.preset).toBe('random');
  });

  it("shows a trained head's values exactly, with their own query and key labels, unmasked", () => {
    const p = new Playground();
    p.causal = true;
    const row = Array.from({ length: 16 }, (_, j) => j / 3);
    p.loadTrained({
      q: [row],
      k: [row, row, row],
      v: [row, row, row],
      labels: { queries: ['的→苹果'], keys: ['she', 'is', 'apple'] },
    });
    expect(p.preset).toBe('trained');
    expect(p.causal).toBe(false);
    expect(p.sizes).toEqual({ nQ: 1, nK: 3, dK: 16, dV: 16 });
    expect(p.q.values[0]).toEqual(row);
    expect(p.queryLabel(0)).toBe('的→苹果');
    expect(p.keyLabel(2)).toBe('apple');
    expect(Object.keys(p.inputs)).toEqual(['Q', 'K', 'V']);
  });
});

describe('causalMaskFor', () => {
  it('lets query i see keys 0..i, also for non-square shapes', () => {
    expect(Array.from(causalMaskFor(2, 3).data)).toEqual([1, 0, 0, 1, 1, 0]);
    expect(Array.from(causalMaskFor(3, 2).data)).toEqual([1, 0, 1, 1, 1, 1]);
  });
});
