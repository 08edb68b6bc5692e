import { ComputationRunner } from '../src/runtime/computation-runner';
import { createOrtSession } from '../src/runtime/ort-session';
import { exportTrace } from '../src/engine/onnx/export-trace';
import {
  attentionForward,
  causalMask,
  createRng,
  input,
  randn,
  traced,
  type Tensor,
} from '../src/engine';
import { ortOptions, singleNodeSession } from './ort';
import { measure, median, type Budget } from './timing';

/** One attention size on one backend. */
export interface AttentionResult {
  readonly backend: 'ts' | 'wasm';
  readonly n: number;
  readonly d: number;
  /** Median wall time of one `ComputationRunner.run`: trace, export, ORT run and cross-check. */
  readonly medianMs: number;
  /** Median of the runner's own `elapsedMs`: the trace on ts, only the ORT run on wasm. */
  readonly backendMs: number;
  readonly reps: number;
}

/** Fixed costs of using ORT at all, in milliseconds. */
export interface OrtCosts {
  /** Median `run()` of a one-element Identity graph, feeding and copying out included. */
  readonly callOverheadMs: number;
  /** Median time to create (and release) an ORT session for the attention graph at `sessionSize`. */
  readonly sessionCreateMs: number;
  readonly sessionSize: { readonly n: number; readonly d: number };
}

const budget: Budget = { warmupMs: 150, timeMs: 600, minReps: 20, maxReps: 5000 };

/** Causal attention as the site's widgets run it, every step exposed. */
const computation = ({ Q, K, V }: Readonly<Record<string, Tensor>>): Tensor =>
  attentionForward(Q!, K!, V!, { mask: causalMask(Q!.shape[0]!) });

function attentionInputs(n: number, d: number): Record<string, Tensor> {
  const rng = createRng(n * 100 + d);
  return { Q: randn([n, d], rng), K: randn([n, d], rng), V: randn([n, d], rng) };
}

/** Times the attention forward pass under the ComputationRunner for every n × d, per backend. */
export async function benchAttention(
  tokens: readonly number[],
  dims: readonly number[],
): Promise<AttentionResult[]> {
  const runner = new ComputationRunner(computation, ortOptions);
  const results: AttentionResult[] = [];
  try {
    for (const n of tokens) {
      for (const d of dims) {
        const inputs = attentionInputs(n, d);
        for (const backend of ['ts', 'wasm'] as const) {
          const first = await runner.run(inputs, backend);
          if (first.backend !== backend) {
            throw new Error(`${backend} fell back to ${first.backend}`);
          }
          if (first.crossCheck?.matches === false) throw new Error(`${backend} disagrees with ts`);
          const backendMs: number[] = [];
          const timing = await measure(async () => {
            backendMs.push((await runner.run(inputs, backend)).elapsedMs);
          }, budget);
          results.push({
            backend,
            n,
            d,
            ...timing,
            backendMs: median(backendMs.slice(-timing.reps)),
          });
        }
      }
    }
  } finally {
    await runner.release();
  }
  return results;
}

/** Measures ORT's per-call overhead and the attention graph's session creation at n × d. */
export async function benchOrtCosts(n: number, d: number): Promise<OrtCosts> {
  const identity = await singleNodeSession('Identity', 1, [1]);
  const one = new Float32Array([1]);
  const call = await measure(() => identity.run(one), budget);
  await identity.release();

  const { trace } = traced(() => {
    const inputs = attentionInputs(n, d);
    return computation(
      Object.fromEntries(Object.entries(inputs).map(([name, t]) => [name, input(t, name)])),
    );
  });
  const model = exportTrace(trace, 'wasm');
  const create = await measure(
    async () => (await createOrtSession(model, 'wasm', ortOptions)).release(),
    { warmupMs: 0, timeMs: 500, minReps: 5, maxReps: 50 },
  );
  return { callOverheadMs: call.medianMs, sessionCreateMs: create.medianMs, sessionSize: { n, d } };
}
