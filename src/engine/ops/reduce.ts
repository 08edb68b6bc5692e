import { EngineError } from '../errors';
import { normalizeAxis, type Shape } from '../shape';
import { expectInputs } from './checks';

/** Attributes shared by sum and mean: which axes to reduce and whether to keep them as size 1. */
export type ReduceAttrs = { readonly axes: readonly number[]; readonly keepdims: boolean };

/** The axes to reduce: one axis, or all of them when `axis` is undefined. */
export function reduceAxes(rank: number, axis: number | undefined): number[] {
  return axis === undefined ? Array.from({ length: rank }, (_, i) => i) : [axis];
}

/** The input shape with reduced axes set to 1; its data layout equals the reduced output's. */
export function keptShape(x: Shape, axes: readonly number[]): Shape {
  const resolved = axes.map((axis) => normalizeAxis('reduce', [x], axis, x.length));
  return x.map((dim, i) => (resolved.includes(i) ? 1 : dim));
}

/** Output shape of a reduction, validating the axes. */
export function reducedShape(
  op: string,
  shapes: readonly Shape[],
  { axes, keepdims }: ReduceAttrs,
): Shape {
  const [x] = expectInputs(op, shapes, 1);
  const resolved = axes.map((axis) => normalizeAxis(op, shapes, axis, x.length));
  if (new Set(resolved).size !== resolved.length) throw new EngineError(op, shapes, 'axes repeat');
  return keepdims ? keptShape(x, axes) : x.filter((_, i) => !resolved.includes(i));
}

/** Number of input elements that fold into each output element. */
export function reducedCount(x: Shape, axes: readonly number[]): number {
  return keptShape(x, axes).reduce((count, dim, i) => count * (x[i]! / dim), 1);
}
