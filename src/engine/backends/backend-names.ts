import type { OnnxTarget } from '../onnx/lowering';

/** Where a computation can run: the TypeScript reference or an onnxruntime-web provider. */
export type BackendName = 'ts' | OnnxTarget;

/** What a reader can choose: one backend, or the best one available. */
export type BackendChoice = BackendName | 'auto';

/** The order `auto` tries, best first; `ts` always works. */
export const autoOrder: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'ts'];

/** Every choice, in the order a switcher lists them. */
export const backendChoices: readonly BackendChoice[] = ['auto', 'ts', 'wasm', 'webgl', 'webgpu'];
