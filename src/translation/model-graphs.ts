import { noGrad } from '../engine/context';
import type { OnnxTarget } from '../engine/onnx/lowering';
import type { Seq2SeqModel } from '../models/seq2seq';
import type { Named } from '../models/step-graphs';
import type { Program } from '../runtime/program';
import type { Resumable } from '../runtime/yield-to-main';
import { exportModelGraphs, onnxOutputName } from './export-graphs';

/** A model's two single-sentence graphs. */
export type GraphName = 'encoder' | 'decoder';

/** Where a model's ONNX graphs come from, per graph and backend. */
export type GraphSource = (graph: GraphName, target: OnnxTarget) => Promise<Uint8Array>;

/**
 * Graphs exported from the model itself, once per backend. The site ships only `weights.bin`:
 * graphs shipped beside it would double every model's download for bytes the page can write.
 */
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
  const byOnnxName = (outputs: Named, feeds: Named) =>
    Object.fromEntries(
      Object.entries(outputs).map(([name, t]) => [onnxOutputName(name, feeds), t]),
    );
  return {
    key: `${model.kind}#${id}/${graph}`,
    onnx: (target) => source(graph, target),
    reference: (feeds) => byOnnxName(run(feeds), feeds),
    *referenceInSteps(feeds) {
      if (graph === 'decoder') return byOnnxName(run(feeds), feeds);
      return byOnnxName(yield* withoutGradients(model.encodingGraph(feeds)), feeds);
    },
  };
}

/** `work` with every stretch between its pauses run under {@link noGrad}. */
function* withoutGradients<T>(work: Resumable<T>): Resumable<T> {
  for (;;) {
    const step = noGrad(() => work.next());
    if (step.done) return step.value;
    yield;
  }
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
