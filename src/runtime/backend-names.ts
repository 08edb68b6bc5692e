import type { OnnxTarget } from '../engine/onnx/lowering';

/** Where a computation can run: the TypeScript reference or an onnxruntime-web provider. */
export type BackendName = 'ts' | OnnxTarget;

/** What a reader can choose: one backend, or the best one available. */
export type BackendChoice = BackendName | 'auto';

/**
 * The order `auto` tries, fastest first; `ts` always works. The course's graphs are small (one
 * decoder step is about 200 kB of weights and a few hundred tiny kernels), and measured here
 * (`npm run bench:browser`) WebAssembly runs them faster than WebGPU or WebGL, whose per-kernel
 * dispatch dominates; those stay available as explicit choices that fall back to `wasm`.
 */
export const autoOrder: readonly BackendName[] = ['wasm', 'ts'];

/** Every choice, in the order a switcher lists them. */
export const backendChoices: readonly BackendChoice[] = ['auto', 'ts', 'wasm', 'webgl', 'webgpu'];
