import type { OnnxTarget } from '../engine/onnx/lowering';

/**
 * Why `backend` cannot run in this environment, or null if it may. Cheap checks only: ORT can
 * still fail later (an op it lacks, a .wasm that does not load), and the runner falls back then.
 */
export async function unavailableReason(backend: OnnxTarget): Promise<string | null> {
  switch (backend) {
    case 'wasm':
      return typeof WebAssembly === 'object' ? null : 'WebAssembly is not supported';
    case 'webgl':
      return webgl2Works() ? null : 'no WebGL 2 context';
    case 'webgpu':
      return (await webgpuAdapter()) ? null : 'no WebGPU adapter';
  }
}

function webgl2Works(): boolean {
  if (typeof document === 'undefined') return false;
  const context = document.createElement('canvas').getContext('webgl2');
  if (!context) return false;
  context.getExtension('WEBGL_lose_context')?.loseContext();
  return true;
}

async function webgpuAdapter(): Promise<boolean> {
  const gpu = (globalThis.navigator as { gpu?: { requestAdapter(): Promise<unknown> } } | undefined)
    ?.gpu;
  if (!gpu) return false;
  try {
    return (await gpu.requestAdapter()) !== null;
  } catch {
    return false;
  }
}
