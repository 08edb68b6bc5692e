import { EngineError } from '../errors';
import type { Shape } from '../shape';

/** Checks how many inputs an op got and returns their shapes as a tuple. */
export function expectInputs(op: string, shapes: readonly Shape[], count: 1): [Shape];
export function expectInputs(op: string, shapes: readonly Shape[], count: 2): [Shape, Shape];
export function expectInputs(op: string, shapes: readonly Shape[], count: 3): [Shape, Shape, Shape];
export function expectInputs(op: string, shapes: readonly Shape[], count: number): Shape[] {
  if (shapes.length !== count) {
    throw new EngineError(op, shapes, `expects ${count} input(s), got ${shapes.length}`);
  }
  return [...shapes];
}

/** Throws unless `shape` has at least `min` dimensions. */
export function expectMinRank(
  op: string,
  shapes: readonly Shape[],
  shape: Shape,
  min: number,
): void {
  if (shape.length < min) {
    throw new EngineError(op, shapes, `needs rank >= ${min}, got rank ${shape.length}`);
  }
}

/** Throws unless every value of `data` is an integer in [0, limit) or equal to `allowed`. */
export function expectIndices(
  op: string,
  shapes: readonly Shape[],
  data: Float32Array,
  limit: number,
  allowed = NaN,
): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (v === allowed) continue;
    if (!Number.isInteger(v) || v < 0 || v >= limit) {
      const detail = `index ${v} at position ${i} is not in [0, ${limit})`;
      throw new EngineError(op, shapes, detail, 'value');
    }
  }
}
