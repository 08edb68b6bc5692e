import type { LoweringContext } from '../onnx/lowering';
import type { Shape } from '../shape';
import { reduceSum, scalarConstant, single } from './onnxHelpers';

/**
 * Label-smoothed cross-entropy from primitives every backend has (opset 17 has no loss op with
 * label smoothing). The one-hot rows and the "is ignored" flags come from relu(1 − d²) with d an
 * integer difference: exactly 1 when d = 0 and exactly 0 otherwise.
 */
export function lowerCrossEntropy(
  ctx: LoweringContext,
  logits: string,
  targets: string,
  [rows, vocab]: Shape,
  smoothing: number,
  ignoreIndex: number,
): string {
  const [n, width] = [rows!, vocab!];
  const c = (value: number): string => scalarConstant(ctx, value);
  const op = (type: string, ...inputs: string[]): string => single(ctx, type, inputs);
  const isZero = (d: string): string => op('Relu', op('Sub', c(1), op('Mul', d, d)));

  const lastAxis = { axes: { ints: [1] }, keepdims: { int: 1 } };
  const shifted = op('Sub', logits, single(ctx, 'ReduceMax', [logits], lastAxis));
  const logSumExp = op('Log', reduceSum(ctx, op('Exp', shifted), [1], true, width));
  const logProbs = op('Sub', shifted, logSumExp);

  const column = op('Reshape', targets, ctx.constantInt64([n, 1], [2]));
  const classIds = ctx.constantFloat([...Array(width).keys()], [width]);
  const oneHot = isZero(op('Sub', classIds, column));
  const q = op('Add', op('Mul', oneHot, c(1 - smoothing)), c(smoothing / width));
  const rowLoss = op('Neg', reduceSum(ctx, op('Mul', q, logProbs), [1], false, width));

  const scored = op('Sub', c(1), isZero(op('Sub', targets, c(ignoreIndex))));
  const total = reduceSum(ctx, op('Mul', rowLoss, scored), [0], false, n);
  const count = reduceSum(ctx, scored, [0], false, n);
  // count + relu(1 − count) is count, or 1 when every row is ignored (the loss is then 0).
  return op('Div', total, op('Add', count, op('Relu', op('Sub', c(1), count))));
}
