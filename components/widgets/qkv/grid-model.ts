/** Largest magnitude a cell accepts: beyond it the scores stop meaning anything to a reader. */
export const VALUE_LIMIT = 1e6;

/** Bounds on every dimension of the playground (tokens and vector sizes). */
export const MIN_SIZE = 1;
/** Upper bound on every dimension, so the grids stay readable. */
export const MAX_SIZE = 8;

/** How much one Shift+Arrow press changes a cell. */
export const NUDGE_STEP = 0.1;
/** How much one pixel of vertical pointer drag changes a cell. */
export const DRAG_STEP = 0.01;

/** Why a cell's text was rejected (`refused`: a trained model could not run with the value). */
export type CellProblem = 'empty' | 'not-a-number' | 'too-large' | 'refused';

/** The outcome of reading what a reader typed into one cell. */
export type ParsedCell =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: CellProblem };

/** Reads one cell's text: a finite decimal number (a comma as decimal point is accepted) within ±VALUE_LIMIT. */
export function parseCell(text: string): ParsedCell {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const normalised = /^[-+]?\d*,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  // Number() alone would accept "0x1f", "Infinity" and whitespace-only strings.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) {
    return { ok: false, problem: 'not-a-number' };
  }
  const value = Number(normalised);
  if (!Number.isFinite(value) || Math.abs(value) > VALUE_LIMIT) {
    return { ok: false, problem: 'too-large' };
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Keeps a dimension typed into a size input within [MIN_SIZE, MAX_SIZE]; non-numbers give `fallback`. */
export function clampSize(value: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(MAX_SIZE, Math.max(MIN_SIZE, Math.round(value)));
}

/** Keeps a cell value within ±VALUE_LIMIT and rounds it to 4 decimals, as scrubbing produces. */
export function clampValue(value: number): number {
  const rounded = Math.round(value * 1e4) / 1e4;
  return Math.min(VALUE_LIMIT, Math.max(-VALUE_LIMIT, rounded)) || 0;
}

/** How a cell value is written back into its input. */
export function formatValue(value: number): string {
  return String(clampValue(value));
}

/** Splits a pasted block into rows of cell texts (tabs, commas, semicolons or spaces between cells). */
export function splitPasted(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\s+$/, '')
    .split('\n')
    .map((line) => line.trim().split(/(?:[\s;]|,(?=\s))+/));
}

/** A key press inside a grid, reduced to what the keyboard model needs. */
export interface GridKey {
  readonly key: string;
  readonly shiftKey: boolean;
  /**
   * Whether the caret (or the selection) reaches the start / end of the cell's text; arrows then
   * leave the cell, so a freshly focused cell, whose text is all selected, navigates like a sheet.
   */
  readonly caretAtStart: boolean;
  readonly caretAtEnd: boolean;
}

/** What a key press does: move focus to another cell, change the value, or nothing (default typing). */
export type GridAction =
  | { readonly kind: 'move'; readonly row: number; readonly column: number }
  | { readonly kind: 'nudge'; readonly delta: number }
  | { readonly kind: 'none' };

/**
 * The keyboard model of an editable grid: arrows move between cells (left/right only when the
 * caret is at the edge of the text, so editing inside a number still works), Shift+Up/Down nudge
 * the value, Enter moves down. Moves stop at the grid's edges.
 */
export function gridKeyAction(
  { key, shiftKey, caretAtStart, caretAtEnd }: GridKey,
  row: number,
  column: number,
  rows: number,
  columns: number,
): GridAction {
  const move = (r: number, c: number): GridAction =>
    r < 0 || r >= rows || c < 0 || c >= columns
      ? { kind: 'none' }
      : { kind: 'move', row: r, column: c };
  switch (key) {
    case 'ArrowUp':
      return shiftKey ? { kind: 'nudge', delta: NUDGE_STEP } : move(row - 1, column);
    case 'ArrowDown':
      return shiftKey ? { kind: 'nudge', delta: -NUDGE_STEP } : move(row + 1, column);
    case 'ArrowLeft':
      return caretAtStart && !shiftKey ? move(row, column - 1) : { kind: 'none' };
    case 'ArrowRight':
      return caretAtEnd && !shiftKey ? move(row, column + 1) : { kind: 'none' };
    case 'Enter':
      return move(row + 1, column);
    default:
      return { kind: 'none' };
  }
}
