import type * as OrtModule from 'onnxruntime-web';
import type { OnnxTarget } from '../engine/onnx/lowering';
import { BackendError } from './backend-error';

/** The onnxruntime-web API; every entry point shares these typings. */
export type Ort = typeof OrtModule;

/** Where onnxruntime-web finds its runtime files. */
export interface OrtLoadOptions {
  /** URL prefix (ending in '/') serving ORT's .wasm and .mjs files; default '/ort/'. */
  readonly wasmPaths?: string;
}

const DEFAULT_WASM_PATHS = '/ort/';

const loaded = new Map<OnnxTarget, Promise<Ort>>();

/**
 * Imports and configures onnxruntime-web for `backend` on first use, so pages that never pick an
 * accelerated backend never download it. Options only take effect on the first successful load.
 */
export function loadOrt(backend: OnnxTarget, options: OrtLoadOptions = {}): Promise<Ort> {
  let ort = loaded.get(backend);
  if (!ort) {
    ort = importEntry(backend).then(
      (module) => configure(module, options.wasmPaths ?? DEFAULT_WASM_PATHS),
      (cause: unknown) => {
        loaded.delete(backend);
        throw new BackendError(backend, 'load onnxruntime-web', cause);
      },
    );
    loaded.set(backend, ort);
  }
  return ort;
}

// One literal specifier per backend lets bundlers split each entry into its own lazy chunk.
function importEntry(backend: OnnxTarget): Promise<Ort> {
  switch (backend) {
    case 'wasm':
      return import('onnxruntime-web/wasm');
    case 'webgl':
      return import('onnxruntime-web/webgl');
    case 'webgpu':
      return import('onnxruntime-web/webgpu');
  }
}

function configure(ort: Ort, wasmPaths: string): Ort {
  ort.env.wasm.wasmPaths = wasmPaths;
  // Worker threads need SharedArrayBuffer, which browsers only grant to cross-origin-isolated pages.
  ort.env.wasm.numThreads = globalThis.crossOriginIsolated
    ? Math.min(2, globalThis.navigator?.hardwareConcurrency ?? 1)
    : 1;
  // A failure reaches the reader as a fallback notice; ORT's own log would only add console noise.
  ort.env.logLevel = 'fatal';
  return ort;
}
