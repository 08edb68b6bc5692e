import { matmul } from '../../../src/engine/ops/matmul';
import { transpose } from '../../../src/engine/ops/transpose';
import { encodingWavelength, sinusoidalEncoding } from '../../../src/engine/positional';
import type { Tensor } from '../../../src/engine/tensor';
import { label, traced, type TraceStep } from '../../../src/engine/trace';
import { isPunctuation, tokenize } from '../../../src/text/tokenize';

/** Positions 0 … POSITIONS − 1 are drawn. */
export const POSITIONS = 50;

/** The model widths a reader can choose. */
export const WIDTHS = [16, 32, 64] as const;

/** One of WIDTHS. */
export type Width = (typeof WIDTHS)[number];

/** The words of a sentence, one per position from 0, or why the figure cannot mark them. */
export type SentencePositions =
  | { readonly ok: true; readonly words: readonly string[] }
  | { readonly ok: false; readonly reason: 'empty' | 'tooLong'; readonly count: number };

/**
 * Splits `text` as the models do (lowercased, contractions spelled out) and leaves punctuation
 * out: its words take positions 0, 1, …, at most the POSITIONS the figure draws.
 */
export function sentencePositions(text: string): SentencePositions {
  const words = tokenize(text).filter((token) => !isPunctuation(token));
  if (words.length === 0) return { ok: false, reason: 'empty', count: 0 };
  if (words.length > POSITIONS) return { ok: false, reason: 'tooLong', count: words.length };
  return { ok: true, words };
}

/** The encoding [n, d] and the similarity of every pair of positions, PE·PEᵀ [n, n]. */
export interface PositionalFigure {
  readonly pe: Tensor;
  readonly similarity: Tensor;
  readonly steps: readonly TraceStep[];
}

/** Computes the figure's two matrices on the engine. */
export function positionalFigure(positions: number, dModel: number): PositionalFigure {
  const pe = sinusoidalEncoding(positions, dModel);
  const { result, trace } = traced(() =>
    label(matmul(pe, label(transpose(pe), 'PEᵀ')), 'similarity', 'PE·PEᵀ'),
  );
  return { pe, similarity: result, steps: trace.steps };
}

/** Column `dimension` of a row-major rows × columns matrix. */
export function column(data: Float32Array, columns: number, dimension: number): Float32Array {
  const rows = data.length / columns;
  return Float32Array.from({ length: rows }, (_, r) => data[r * columns + dimension]!);
}

/** The dimension selected after pressing `key` on the image, or undefined for other keys. */
export function nextDimension(key: string, current: number, dModel: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowRight: current + 1,
    ArrowUp: current + 1,
    ArrowLeft: current - 1,
    ArrowDown: current - 1,
    PageUp: current + 8,
    PageDown: current - 8,
    Home: 0,
    End: dModel - 1,
  };
  const next = moves[key];
  return next === undefined ? undefined : Math.max(0, Math.min(dModel - 1, next));
}

/** SVG polyline points for `values` over a width × height box, with `max` at the top. */
export function polylinePoints(
  values: ArrayLike<number>,
  width: number,
  height: number,
  min: number,
  max: number,
): string {
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return Array.from(values, (v, i) => {
    const y = height - ((v - min) / (max - min)) * height;
    return `${(i * step).toFixed(2)},${y.toFixed(2)}`;
  }).join(' ');
}

/** How many full periods dimension `dimension` completes over positions 0 … positions − 1. */
export function cyclesOver(dimension: number, dModel: number, positions: number): number {
  return (positions - 1) / encodingWavelength(dimension, dModel);
}
