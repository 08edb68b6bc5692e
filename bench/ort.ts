import { loadOrt, type OrtLoadOptions } from '../src/runtime/ort-loader';
import { createOrtSession, type FeedTensor } from '../src/runtime/ort-session';
import { GraphBuilder } from '../src/engine/onnx/graph-builder';

/** In Node, onnxruntime-web reads its .mjs and .wasm files straight from its dist folder. */
export const ortOptions: OrtLoadOptions = {
  wasmPaths: new URL('./', import.meta.resolve('onnxruntime-web/wasm')).href,
};

/** An ORT session for a one-node graph: feeds float32 arrays, returns the output's values. */
export interface NodeSession {
  run(...inputs: Float32Array[]): Promise<Float32Array>;
  release(): Promise<void>;
}

/** Loads onnxruntime-web's wasm backend pinned to one thread; returns the load time in ms. */
export async function loadOrtSingleThread(): Promise<number> {
  const start = performance.now();
  const ort = await loadOrt('wasm', ortOptions);
  ort.env.wasm.numThreads = 1;
  return performance.now() - start;
}

/** A session for one `opType` node whose `inputCount` graph inputs and output all have `shape`. */
export async function singleNodeSession(
  opType: string,
  inputCount: number,
  shape: readonly number[],
): Promise<NodeSession> {
  const builder = new GraphBuilder('wasm');
  const names = Array.from({ length: inputCount }, (_, i) => builder.addInput(`x${i}`, shape));
  const [output] = builder.node(opType, names) as [string];
  builder.addOutput(output, shape);
  const runner = await createOrtSession(builder.build(), 'wasm', ortOptions);
  return {
    async run(...inputs) {
      const feeds: Record<string, FeedTensor> = {};
      inputs.forEach((data, i) => (feeds[names[i]!] = { data, shape }));
      return (await runner.run(feeds))[output]!.data;
    },
    release: () => runner.release(),
  };
}
