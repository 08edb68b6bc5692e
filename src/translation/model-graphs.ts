import { noGrad } from '../engine/context';
import type { OnnxTarget } from '../engine/onnx/lowering';
import { MODEL_FILES } from '../models/model-card';
import type { ModelKind, Seq2SeqModel } from '../models/seq2seq';
import type { Named } from '../models/step-graphs';
import type { Program } from '../runtime/program';
import { exportModelGraphs, onnxOutputName } from './export-graphs';
import { modelUrl } from './load-model';

/** A model's two single-sentence graphs. */
export type GraphName = 'encoder' | 'decoder';

/** Where a model's ONNX graphs come from, per graph and backend. */
export type GraphSource = (graph: GraphName, target: OnnxTarget) => Promise<Uint8Array>;

/** Graphs exported from the model itself, once per backend (for a model trained in the page). */
export function exportedGraphs(model: Seq2SeqModel): GraphSource {
  const byTarget = new Map<OnnxTarget, ReturnType<typeof exportModelGraphs>>();
  return async (graph, target) => {
    let graphs = byTarget.get(target);
    if (!graphs) {
      // Only the inputs' shapes matter to the graph, so any source sentence will do.
      graphs = exportModelGraphs(model, [1], 1, target);
      byTarget.set(target, graphs);
    }
    return graph === 'encoder' ? graphs.encoder : graphs.decoder;
  };
}

/**
 * The graphs shipped beside a trained model's weights, fetched from the site. They are lowered
 * for WebAssembly and WebGPU; WebGL lacks ops they use (LayerNormalization among them), so there
 * the graph is exported from the model once, in the page.
 */
export function shippedGraphs(kind: ModelKind, model: Seq2SeqModel, base = '/'): GraphSource {
  const exported = exportedGraphs(model);
  return async (graph, target) => {
    if (target === 'webgl') return exported(graph, target);
    const file = graph === 'encoder' ? MODEL_FILES.encoder : MODEL_FILES.decoder;
    const response = await fetch(modelUrl(kind, file, base));
    if (!response.ok) throw new Error(`${file}: the server answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

const modelIds = new WeakMap<Seq2SeqModel, number>();
let nextModelId = 0;

/** One of a model's graphs as a program: ONNX from `source`, the TypeScript model as reference. */
export function graphProgram(model: Seq2SeqModel, graph: GraphName, source: GraphSource): Program {
  let id = modelIds.get(model);
  if (id === undefined) {
    id = nextModelId++;
    modelIds.set(model, id);
  }
  const run = (inputs: Named) =>
    noGrad(() => (graph === 'encoder' ? model.encodeGraph(inputs) : model.decodeGraph(inputs)));
  return {
    key: `${model.kind}#${id}/${graph}`,
    onnx: (target) => source(graph, target),
    reference: (feeds) =>
      Object.fromEntries(
        Object.entries(run(feeds)).map(([name, t]) => [onnxOutputName(name, feeds), t]),
      ),
  };
}

/** The graph's outputs under the model's own names: `next.<input>` back to `<input>`. */
export function modelOutputs(outputs: Named, inputs: Named): Named {
  return Object.fromEntries(
    Object.entries(outputs).map(([name, t]) => {
      const state = name.startsWith('next.') ? name.slice('next.'.length) : undefined;
      return [state !== undefined && Object.hasOwn(inputs, state) ? state : name, t];
    }),
  );
}
