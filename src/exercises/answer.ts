/** Typed answers larger than this in magnitude are refused as out of range. */
export const ANSWER_LIMIT = 1e9;

/** The outcome of checking a typed answer against the expected number. */
export type Verdict =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'out-of-range' }
  | { readonly kind: 'correct'; readonly value: number }
  | { readonly kind: 'wrong'; readonly value: number };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Checks `text` (a decimal number, optionally with an exponent) against `expected` ± `tolerance`. */
export function checkAnswer(text: string, expected: number, tolerance: number): Verdict {
  const trimmed = text.trim().replace(/^−/, '-');
  if (trimmed === '') return { kind: 'empty' };
  if (!NUMBER.test(trimmed)) return { kind: 'not-a-number' };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || Math.abs(value) > ANSWER_LIMIT) return { kind: 'out-of-range' };
  return Math.abs(value - expected) <= tolerance
    ? { kind: 'correct', value }
    : { kind: 'wrong', value };
}

/** A computed answer for display: four significant digits, without trailing zeros. */
export function formatAnswer(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}
