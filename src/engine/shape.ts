import { EngineError } from './errors';

/** A tensor shape: dimension sizes, outermost first (row-major). */
export type Shape = readonly number[];

/** Number of elements in a tensor of this shape (1 for a scalar). */
export function sizeOf(shape: Shape): number {
  let size = 1;
  for (const dim of shape) size *= dim;
  return size;
}

/** True when both shapes have the same rank and dimensions. */
export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((dim, i) => dim === b[i]);
}

/** Row-major strides: how far apart consecutive indices of each axis are in memory. */
export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    strides[axis] = stride;
    stride *= shape[axis] ?? 1;
  }
  return strides;
}

/** Numpy broadcasting of two shapes, or null when they are incompatible. */
export function broadcastShapes(a: Shape, b: Shape): Shape | null {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = 1; i <= rank; i++) {
    const da = a[a.length - i] ?? 1;
    const db = b[b.length - i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) return null;
    out[rank - i] = da === 1 ? db : da;
  }
  return out;
}

/** Resolves a possibly negative axis against a rank, or throws naming the op. */
export function normalizeAxis(
  op: string,
  shapes: readonly Shape[],
  axis: number,
  rank: number,
): number {
  const resolved = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(resolved) || resolved < 0 || resolved >= rank) {
    throw new EngineError(op, shapes, `axis ${axis} is out of range for rank ${rank}`);
  }
  return resolved;
}

/** Splits a shape around one axis (negative: from the end): outer count, length, inner count. */
export function aroundAxis(shape: Shape, axis: number) {
  const at = axis < 0 ? axis + shape.length : axis;
  return {
    outer: sizeOf(shape.slice(0, at)),
    length: shape[at] ?? 1,
    inner: sizeOf(shape.slice(at + 1)),
  };
}

/** The last dimension of a shape (1 for a scalar). */
export function lastDim(shape: Shape): number {
  return shape[shape.length - 1] ?? 1;
}
