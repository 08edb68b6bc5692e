import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** The part of a tfjs tensor the benchmark uses. */
export interface TfTensor {
  dataSync(): Float32Array;
  dispose(): void;
}

/** The part of @tensorflow/tfjs-core the benchmark uses. */
export interface TfCore {
  setBackend(name: 'cpu' | 'wasm'): Promise<boolean>;
  env(): { set(flag: string, value: boolean): void };
  enableProdMode(): void;
  tidy(fn: () => TfTensor): TfTensor;
  tensor2d(values: Float32Array, shape: [number, number]): TfTensor;
  matMul(a: TfTensor, b: TfTensor): TfTensor;
}

// tfjs is loaded through require with the local types above, not imported: its typings reference
// @webgpu/types, whose global getContext('webgpu') overload would break the repo's type check.
const load = createRequire(import.meta.url);

/**
 * Loads tfjs-core with its cpu and wasm backends (wasm single-threaded, from node_modules), in
 * production mode: tfjs's own debug checks and warnings off, as the engine's finite checks are.
 */
export function loadTfjs(): TfCore {
  const tf = load('@tensorflow/tfjs-core') as TfCore;
  load('@tensorflow/tfjs-backend-cpu');
  const wasm = load('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(prefix: string): void };
  wasm.setWasmPaths(`${dirname(load.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  tf.enableProdMode();
  return tf;
}
