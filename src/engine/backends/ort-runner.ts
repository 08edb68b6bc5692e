import type { InferenceSession, Tensor } from 'onnxruntime-web';
import type { OnnxTarget } from '../onnx/lowering';
import { BackendError } from './backend-error';
import { loadOrt, type OrtLoadOptions } from './ort-loader';

/** A tensor fed to a graph input. */
export interface FeedTensor {
  readonly data: Float32Array | BigInt64Array;
  readonly shape: readonly number[];
}

/** A graph output, copied out of ORT. */
export interface OutputTensor {
  readonly data: Float32Array;
  readonly shape: number[];
}

/** One loaded ONNX model, runnable many times until released. */
export interface OrtRunner {
  /** Runs the model and returns every graph output by name. */
  run(feeds: Readonly<Record<string, FeedTensor>>): Promise<Record<string, OutputTensor>>;
  /** Frees the session; the runner must not be used afterwards. */
  release(): Promise<void>;
}

/** Loads ORT for `backend` if needed and creates a session for the serialized model. */
export async function createOrtRunner(
  modelBytes: Uint8Array,
  backend: OnnxTarget,
  options: OrtLoadOptions = {},
): Promise<OrtRunner> {
  const ort = await loadOrt(backend, options);
  let session: InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelBytes, { executionProviders: [backend] });
  } catch (cause) {
    throw new BackendError(backend, 'create a session', cause);
  }
  return {
    async run(feeds) {
      const inputs: Record<string, Tensor> = {};
      try {
        for (const [name, feed] of Object.entries(feeds)) {
          inputs[name] = new ort.Tensor(feed.data, feed.shape);
        }
        return copyOut(await session.run(inputs));
      } catch (cause) {
        throw new BackendError(backend, 'run the model', cause);
      } finally {
        for (const tensor of Object.values(inputs)) tensor.dispose();
      }
    },
    async release() {
      try {
        await session.release();
      } catch (cause) {
        throw new BackendError(backend, 'release the session', cause);
      }
    },
  };
}

// Outputs are copied so they outlive the ORT tensors, which are all disposed even when one is rejected.
function copyOut(results: InferenceSession.OnnxValueMapType): Record<string, OutputTensor> {
  try {
    const outputs: Record<string, OutputTensor> = {};
    for (const [name, tensor] of Object.entries(results)) {
      if (tensor.type !== 'float32') {
        throw new Error(`output "${name}" is ${tensor.type}, not float32`);
      }
      outputs[name] = { data: (tensor.data as Float32Array).slice(), shape: [...tensor.dims] };
    }
    return outputs;
  } finally {
    for (const tensor of Object.values(results)) tensor.dispose();
  }
}
