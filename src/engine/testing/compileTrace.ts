import { GraphBuilder } from '../onnx/graph-builder';
import type { LoweringContext, OnnxTarget } from '../onnx/lowering';
import { getOp } from '../registry';
import type { Tensor } from '../tensor';
import type { Trace } from '../trace';

/** ONNX ops ORT's WebGL backend runs at opset 17 (its ReduceSum and Split stop at opset 12). */
// prettier-ignore
export const WEBGL_OPS: ReadonlySet<string> = new Set([
  'MatMul', 'Gemm', 'Add', 'Sub', 'Mul', 'Div', 'Neg', 'Exp', 'Log', 'Pow', 'Sqrt', 'Tanh',
  'Sigmoid', 'Relu', 'Softmax', 'Transpose', 'Reshape', 'Concat', 'Gather', 'Slice', 'Cast',
  'ReduceMean', 'ReduceMax',
]);

/**
 * A minimal trace → ONNX compiler for tests: graph inputs, constants as initializers, then each
 * step's lowering. Also reports which ONNX op types the graph uses.
 */
export function compileTrace(
  trace: Trace,
  result: Tensor,
  target: OnnxTarget,
): { model: Uint8Array; opTypes: ReadonlySet<string> } {
  const graph = new GraphBuilder(target);
  const opTypes = new Set<string>();
  const ctx: LoweringContext = {
    target,
    node(opType, inputs, attributes, count) {
      opTypes.add(opType);
      return graph.node(opType, inputs, attributes, count);
    },
    constantFloat: (data, shape) => graph.constantFloat(data, shape),
    constantInt64: (data, shape) => graph.constantInt64(data, shape),
  };
  const names = new Map<Tensor, string>();
  for (const { name, tensor } of trace.inputs)
    names.set(tensor, graph.addInput(name, tensor.shape));
  const nameOf = (t: Tensor): string => {
    if (!names.has(t)) names.set(t, ctx.constantFloat(t.data, t.shape));
    return names.get(t)!;
  };
  for (const { op, inputs, attrs, output } of trace.steps) {
    const inputNames = inputs.map((i) => nameOf(i.tensor));
    const shapes = inputs.map((i) => i.tensor.shape);
    names.set(output, getOp(op).lower(ctx, inputNames, shapes, attrs, output.shape)[0]!);
  }
  graph.addOutput(names.get(result)!, result.shape);
  return { model: graph.build(), opTypes };
}
