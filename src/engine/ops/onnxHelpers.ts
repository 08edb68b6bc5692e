import type { LoweringContext } from '../onnx/lowering';

/** ONNX TensorProto data type codes used by the lowerings. */
export const OnnxType = { float: 1, int32: 6, bool: 9 } as const;

/** A float32 scalar initializer (rank 0, so it broadcasts against anything). */
export function scalarConstant(ctx: LoweringContext, value: number): string {
  return ctx.constantFloat([value], []);
}

/** Casts an engine value to another ONNX type (the engine keeps ids and masks as float32). */
export function castTo(ctx: LoweringContext, input: string, to: number): string {
  return ctx.node('Cast', [input], { to: { int: to } })[0]!;
}

/** Adds one single-output node and returns its output name. */
export function single(
  ctx: LoweringContext,
  opType: string,
  inputs: readonly string[],
  attributes: Parameters<LoweringContext['node']>[2] = {},
): string {
  return ctx.node(opType, inputs, attributes)[0]!;
}

/**
 * Sums over `axes`. ORT's WebGL backend registers ReduceSum only up to opset 12, so an opset-17
 * graph cannot use it there; ReduceMean (still available) times the element count gives the sum.
 */
export function reduceSum(
  ctx: LoweringContext,
  input: string,
  axes: readonly number[],
  keepdims: boolean,
  count: number,
): string {
  const keep = { int: keepdims ? 1 : 0 };
  if (ctx.target === 'webgl') {
    const mean = single(ctx, 'ReduceMean', [input], { axes: { ints: axes }, keepdims: keep });
    return single(ctx, 'Mul', [mean, scalarConstant(ctx, count)]);
  }
  const axesName = ctx.constantInt64(axes, [axes.length]);
  return single(ctx, 'ReduceSum', [input, axesName], { keepdims: keep });
}

/** Axes made non-negative, which every backend accepts. */
export function onnxAxes(axes: readonly number[], shape: readonly number[]): number[] {
  return axes.map((axis) => (axis < 0 ? axis + shape.length : axis));
}
