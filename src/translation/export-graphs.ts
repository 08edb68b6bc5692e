import { input, Tensor, traced } from '../engine';
import { exportNamedOutputs } from '../engine/onnx/export-trace';
import type { OnnxTarget } from '../engine/onnx/lowering';
import type { Seq2SeqModel } from '../models/seq2seq';
import type { Named } from '../models/step-graphs';
import { paddedSource } from '../models/step-graphs';

/** A model's two graphs as ONNX, with example inputs of the right shapes. */
export interface ExportedGraphs {
  readonly encoder: Uint8Array;
  readonly decoder: Uint8Array;
  readonly encoderInputs: Named;
  readonly decoderInputs: Named;
}

/** ONNX values need unique names: an output that updates an input (a state) is `next.<name>`. */
export function onnxOutputName(name: string, inputs: Named): string {
  return Object.hasOwn(inputs, name) ? `next.${name}` : name;
}

function exportGraph(graph: (inputs: Named) => Named, inputs: Named, target: OnnxTarget) {
  const { result, trace } = traced(() =>
    graph(Object.fromEntries(Object.entries(inputs).map(([name, t]) => [name, input(t, name)]))),
  );
  const outputs = Object.entries(result).map(([name, t]) => [onnxOutputName(name, inputs), t]);
  return exportNamedOutputs(trace, target, Object.fromEntries(outputs) as Named);
}

/**
 * Exports the encoder and the one-step decoder of `model` to ONNX for `target`, with named
 * inputs and outputs (attention weights among them). The inputs' values do not matter, only
 * their shapes: an example sentence `sourceIds` fills them.
 */
export function exportModelGraphs(
  model: Seq2SeqModel,
  sourceIds: readonly number[],
  token: number,
  target: OnnxTarget = 'wasm',
): ExportedGraphs {
  const encoderInputs = paddedSource(sourceIds);
  const encoded = model.encodeGraph(encoderInputs);
  const decoderInputs = {
    ...model.initialDecoderInputs(encoded, encoderInputs.sourceMask),
    token: new Tensor(Float32Array.of(token), [1]),
  };
  return {
    encoder: exportGraph((i) => model.encodeGraph(i), encoderInputs, target),
    decoder: exportGraph((i) => model.decodeGraph(i), decoderInputs, target),
    encoderInputs,
    decoderInputs,
  };
}
