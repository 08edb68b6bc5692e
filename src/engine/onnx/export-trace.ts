import { getOp } from '../registry';
import type { Tensor } from '../tensor';
import type { Trace } from '../trace';
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

  const stepOutputs: string[] = [];
  for (const step of trace.steps) {
    const inputNames = step.inputs.map(({ tensor }) => nameOf(tensor));
    const inputShapes = step.inputs.map(({ tensor }) => tensor.shape);
    let [output] = getOp(step.op).lower(
      builder,
      inputNames,
      inputShapes,
      step.attrs,
      step.output.shape,
    );
    if (output === undefined) throw new Error(`ONNX lowering of ${step.op} produced no output`);
    // A lowering may pass a value through unchanged; a graph output needs a value of its own.
    if (inputNames.includes(output) || stepOutputs.includes(output)) {
      [output] = builder.node('Identity', [output]) as [string];
    }
    valueNames.set(step.output, output);
    builder.addOutput(output, step.output.shape);
    stepOutputs.push(output);
  }
  return {
    model: builder.build(),
    inputNames: trace.inputs.map(({ name }) => name),
    stepOutputs,
  };
}
