import type { InferenceSession, Tensor } from 'onnxruntime-web';
import type { OnnxTarget } from '../engine/onnx/lowering';
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
export interface OrtSession {
  /** The graph's output names, in graph order. */
  readonly outputNames: readonly string[];
  /** Runs the model and returns the outputs named in `fetches` (default: all), by name. */
  run(
    feeds: Readonly<Record<string, FeedTensor>>,
    fetches?: readonly string[],
  ): Promise<Record<string, OutputTensor>>;
  /** Frees the session; it must not be used afterwards. */
  release(): Promise<void>;
}

const queues = new Map<OnnxTarget, Promise<unknown>>();

/**
 * Runs `task` after every earlier call into the same ORT backend on this page has settled. ORT's
 * WebGPU build runs on asyncify, which cannot interleave two calls: overlapping runs of two cells
 * corrupt its stack ("memory access out of bounds"). One queue per backend, page-wide, prevents it.
 */
function serially<T>(backend: OnnxTarget, task: () => Promise<T>): Promise<T> {
  const result = (queues.get(backend) ?? Promise.resolve()).then(task);
  queues.set(
    backend,
    result.catch(() => undefined),
  );
  return result;
}

/** Loads ORT for `backend` if needed and creates a session for the serialized model. */
export async function createOrtSession(
  modelBytes: Uint8Array,
  backend: OnnxTarget,
  options: OrtLoadOptions = {},
): Promise<OrtSession> {
  const ort = await loadOrt(backend, options);
  const session = await serially(backend, async () => {
    try {
      return await ort.InferenceSession.create(modelBytes, {
        executionProviders: [backend],
        graphOptimizationLevel: 'all',
        logSeverityLevel: 3,
      });
    } catch (cause) {
      throw new BackendError(backend, 'create a session', cause);
    }
  });
  return {
    outputNames: session.outputNames,
    run: (feeds, fetches) =>
      serially(backend, async () => {
        const inputs: Record<string, Tensor> = {};
        try {
          for (const [name, feed] of Object.entries(feeds)) {
            inputs[name] = new ort.Tensor(feed.data, feed.shape);
          }
          return copyOut(await (fetches ? session.run(inputs, [...fetches]) : session.run(inputs)));
        } catch (cause) {
          throw new BackendError(backend, 'run the model', cause);
        } finally {
          for (const tensor of Object.values(inputs)) tensor.dispose();
        }
      }),
    release: () =>
      serially(backend, async () => {
        try {
          await session.release();
        } catch (cause) {
          throw new BackendError(backend, 'release the session', cause);
        }
      }),
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
