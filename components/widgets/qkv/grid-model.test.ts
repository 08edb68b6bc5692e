import { describe, expect, it } from 'vitest';
import {
  clampSize,
  clampValue,
  formatValue,
  gridKeyAction,
  MAX_SIZE,
  NUDGE_STEP,
  parseCell,
  splitPasted,
  VALUE_LIMIT,
} from './grid-model';

describe('parseCell', () => {
  it.each([
    ['1', 1],
    ['-2.5', -2.5],
    ['+3', 3],
    ['.5', 0.5],
    ['4.', 4],
    ['1e3', 1000],
    ['  7  ', 7],
    ['1,5', 1.5],
    ['\u22122', -2],
    ['-0', 0],
    ['1000000', VALUE_LIMIT],
  ])('accepts %j as %d', (text, value) => {
    expect(parseCell(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['0x1f', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1 2', 'not-a-number'],
    ['--1', 'not-a-number'],
    ['1e30', 'too-large'],
    ['-1000001', 'too-large'],
    ['1e999', 'too-large'],
  ])('rejects %j as %s', (text, problem) => {
    expect(parseCell(text)).toEqual({ ok: false, problem });
  });
});

describe('sizes and values', () => {
  it('clamps sizes to the bounds and rounds them', () => {
    expect(clampSize(0, 3)).toBe(1);
    expect(clampSize(99, 3)).toBe(MAX_SIZE);
    expect(clampSize(2.6, 3)).toBe(3);
    expect(clampSize(Number.NaN, 3)).toBe(3);
  });

  it('clamps values to ±VALUE_LIMIT and rounds to 4 decimals', () => {
    expect(clampValue(2e6)).toBe(VALUE_LIMIT);
    expect(clampValue(-2e6)).toBe(-VALUE_LIMIT);
    expect(clampValue(0.1 + 0.2)).toBe(0.3);
    expect(Object.is(clampValue(-0.00001), 0)).toBe(true);
    expect(formatValue(1.23456)).toBe('1.2346');
  });
});

describe('splitPasted', () => {
  it('splits rows on newlines and cells on tabs, commas with spaces, semicolons or spaces', () => {
    expect(splitPasted('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitPasted('1, 2; 3 4\r\nx')).toEqual([['1', '2', '3', '4'], ['x']]);
  });
});

describe('gridKeyAction', () => {
  const key = (
    k: string,
    extra: Partial<{ shiftKey: boolean; start: boolean; end: boolean }> = {},
  ) => ({
    key: k,
    shiftKey: extra.shiftKey ?? false,
    caretAtStart: extra.start ?? true,
    caretAtEnd: extra.end ?? true,
  });

  it('moves with arrows and stops at the edges', () => {
    expect(gridKeyAction(key('ArrowDown'), 0, 0, 2, 2)).toEqual({
      kind: 'move',
      row: 1,
      column: 0,
    });
    expect(gridKeyAction(key('ArrowDown'), 1, 0, 2, 2)).toEqual({ kind: 'none' });
    expect(gridKeyAction(key('ArrowUp'), 1, 1, 2, 2)).toEqual({ kind: 'move', row: 0, column: 1 });
    expect(gridKeyAction(key('ArrowRight'), 0, 0, 2, 2)).toEqual({
      kind: 'move',
      row: 0,
      column: 1,
    });
    expect(gridKeyAction(key('ArrowLeft'), 0, 0, 2, 2)).toEqual({ kind: 'none' });
    expect(gridKeyAction(key('Enter'), 0, 1, 2, 2)).toEqual({ kind: 'move', row: 1, column: 1 });
  });

  it('leaves Left/Right to the text caret unless it is at the edge', () => {
    expect(gridKeyAction(key('ArrowLeft', { start: false }), 0, 1, 2, 2)).toEqual({ kind: 'none' });
    expect(gridKeyAction(key('ArrowRight', { end: false }), 0, 0, 2, 2)).toEqual({ kind: 'none' });
  });

  it('nudges with Shift+Up/Down', () => {
    expect(gridKeyAction(key('ArrowUp', { shiftKey: true }), 0, 0, 1, 1)).toEqual({
      kind: 'nudge',
      delta: NUDGE_STEP,
    });
    expect(gridKeyAction(key('ArrowDown', { shiftKey: true }), 0, 0, 1, 1)).toEqual({
      kind: 'nudge',
      delta: -NUDGE_STEP,
    });
  });

  it('ignores other keys', () => {
    expect(gridKeyAction(key('a'), 0, 0, 2, 2)).toEqual({ kind: 'none' });
    expect(gridKeyAction(key('Tab'), 0, 0, 2, 2)).toEqual({ kind: 'none' });
  });
});
