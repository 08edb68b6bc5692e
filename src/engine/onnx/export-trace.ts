import { getOp } from '../registry';
import type { Tensor } from '../tensor';
import type { Trace, TraceStep } from '../trace';
import { GraphBuilder } from './graph-builder';
import type { OnnxTarget } from './lowering';

/** The graph output holding trace step `index`'s result in {@link exportTrace}'s models. */
export const stepOutputName = (index: number): string => `step${index}`;

/**
 * Compiles a trace into an ONNX model for `target`, exposing every step's output as a graph
 * output named {@link stepOutputName}, so an accelerated backend can drive the same step-through
 * as the TypeScript one. Tensors the trace did not declare as inputs (weights, masks) become
 * initializers.
 */
export function exportTrace(trace: Trace, target: OnnxTarget): Uint8Array {
  const builder = new GraphBuilder(target);
  lowerSteps(builder, trace, (output, step) => {
    const name = builder.rename(output, stepOutputName(step.index));
    builder.addOutput(name, step.output.shape);
    return name;
  });
  return builder.build();
}

/**
 * Compiles a trace into an ONNX model whose only outputs are `outputs`, under their names: the
 * form a model is shipped in. Every output must be produced by a step of the trace.
 */
export function exportNamedOutputs(
  trace: Trace,
  target: OnnxTarget,
  outputs: Readonly<Record<string, Tensor>>,
): Uint8Array {
  const builder = new GraphBuilder(target);
  const valueNames = lowerSteps(builder, trace, (output) => output);
  for (const [name, tensor] of Object.entries(outputs)) {
    const value = valueNames.get(tensor);
    if (value === undefined) throw new Error(`output "${name}" is not computed by the trace`);
    builder.addOutput(builder.alias(value, name), tensor.shape);
  }
  return builder.build();
}

/** Lowers every step in order; `onStep` may replace a step's value name. Returns tensor → value. */
function lowerSteps(
  builder: GraphBuilder,
  trace: Trace,
  onStep: (output: string, step: TraceStep) => string,
): Map<Tensor, string> {
  const valueNames = new Map<Tensor, string>();
  for (const { name, tensor } of trace.inputs) {
    valueNames.set(tensor, builder.addInput(name, tensor.shape));
  }
  const nameOf = (tensor: Tensor): string => {
    const name = valueNames.get(tensor) ?? builder.constantFloat(tensor.data, tensor.shape);
    valueNames.set(tensor, name);
    return name;
  };
  for (const step of trace.steps) {
    const names = step.inputs.map(({ tensor }) => nameOf(tensor));
    const shapes = step.inputs.map(({ tensor }) => tensor.shape);
    const [output] = getOp(step.op).lower(builder, names, shapes, step.attrs, step.output.shape);
    if (output === undefined) throw new Error(`ONNX lowering of ${step.op} produced no output`);
    valueNames.set(step.output, onStep(output, step));
  }
  return valueNames;
}
