import { getOp } from '../registry';
import type { Tensor } from '../tensor';
import type { Trace, TraceStep } from '../trace';
import { GraphBuilder } from './graph-builder';
import type { OnnxTarget } from './lowering';

/** A trace compiled to ONNX: the model bytes and which graph value holds each step's output. */
export interface ExportedTrace {
  readonly model: Uint8Array;
  /** Graph input names, in the order the trace declared them. */
  readonly inputNames: readonly string[];
  /** `stepOutputs[i]` is the graph output holding trace step i's result. */
  readonly stepOutputs: readonly string[];
}

/**
 * Compiles a trace into an ONNX model for `target`, exposing every step's output as a graph
 * output so an accelerated backend can drive the same step-through as the TypeScript one.
 * Tensors the trace did not declare as inputs (weights, masks) become initializers.
 */
export function exportTrace(trace: Trace, target: OnnxTarget): ExportedTrace {
  const builder = new GraphBuilder(target);
  const stepOutputs: string[] = [];
  lowerSteps(builder, trace, (output, step, inputNames) => {
    // A lowering may pass a value through unchanged; a graph output needs a value of its own.
    const shared = inputNames.includes(output) || stepOutputs.includes(output);
    const name = shared ? builder.node('Identity', [output])[0]! : output;
    builder.addOutput(name, step.output.shape);
    stepOutputs.push(name);
    return name;
  });
  return {
    model: builder.build(),
    inputNames: trace.inputs.map(({ name }) => name),
    stepOutputs,
  };
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
  onStep: (output: string, step: TraceStep, inputNames: readonly string[]) => string,
): Map<Tensor, string> {
  const valueNames = new Map<Tensor, string>();
  for (const { name, tensor } of trace.inputs) {
    valueNames.set(tensor, builder.addInput(name, tensor.shape));
  }
  const nameOf = (tensor: Tensor): string => {
    let name = valueNames.get(tensor);
    if (name === undefined) {
      name = builder.constantFloat(tensor.data, tensor.shape);
      valueNames.set(tensor, name);
    }
    return name;
  };
  for (const step of trace.steps) {
    const inputNames = step.inputs.map(({ tensor }) => nameOf(tensor));
    const inputShapes = step.inputs.map(({ tensor }) => tensor.shape);
    const [output] = getOp(step.op).lower(
      builder,
      inputNames,
      inputShapes,
      step.attrs,
      step.output.shape,
    );
    if (output === undefined) throw new Error(`ONNX lowering of ${step.op} produced no output`);
    valueNames.set(step.output, onStep(output, step, inputNames));
  }
  return valueNames;
}
