import { createRng, matmul, noGrad, randn, setFiniteChecks, Tensor } from '../src/engine';
import { singleNodeSession } from './ort';
import { loadTfjs, type TfCore } from './tfjs';
import { measure, type Budget } from './timing';

/** One matmul implementation, readied for one size n. */
interface Kernel {
  multiply(a: Float32Array, b: Float32Array): Float32Array | Promise<Float32Array>;
  release?(): Promise<void>;
}

/** An implementation under test: `prepare` does the untimed setup for size n. */
interface Contender {
  readonly name: string;
  prepare(n: number): Promise<Kernel>;
}

/** One timed matmul case. */
export interface MatmulResult {
  readonly backend: string;
  readonly n: number;
  readonly medianMs: number;
  readonly gflops: number;
  readonly reps: number;
  /** Largest |c − c_ts| against this engine's result, to show every contender computes the same. */
  readonly maxAbsDiff: number;
}

const budget: Budget = { warmupMs: 200, timeMs: 1200, minReps: 5, maxReps: 400 };

const tsEngine: Contender = {
  name: 'ts engine',
  prepare: async (n) => ({
    multiply: (a, b) => noGrad(() => matmul(new Tensor(a, [n, n]), new Tensor(b, [n, n]))).data,
  }),
};

const ortWasm: Contender = {
  name: 'ort wasm',
  async prepare(n) {
    const session = await singleNodeSession('MatMul', 2, [n, n]);
    return { multiply: (a, b) => session.run(a, b), release: () => session.release() };
  },
};

/** tfjs on `backend`; every call uploads both inputs and downloads the product, like ORT's. */
function tfjs(tf: TfCore, backend: 'cpu' | 'wasm'): Contender {
  return {
    name: `tfjs ${backend}`,
    async prepare(n) {
      if (!(await tf.setBackend(backend))) throw new Error(`tfjs ${backend} backend failed`);
      return {
        multiply(a, b) {
          const product = tf.tidy(() => tf.matMul(tf.tensor2d(a, [n, n]), tf.tensor2d(b, [n, n])));
          const values = product.dataSync();
          product.dispose();
          return values;
        },
      };
    },
  };
}

/** Times c = a·b for square float32 matrices of each size on every contender, single thread. */
export async function benchMatmul(sizes: readonly number[]): Promise<MatmulResult[]> {
  const tf = loadTfjs();
  const rng = createRng(1);
  const inputs = sizes.map((n) => [randn([n, n], rng).data, randn([n, n], rng).data] as const);
  const reference: Float32Array[] = [];
  const results: MatmulResult[] = [];
  setFiniteChecks(false);
  try {
    for (const contender of [tsEngine, ortWasm, tfjs(tf, 'cpu'), tfjs(tf, 'wasm')]) {
      for (const [i, n] of sizes.entries()) {
        const [a, b] = inputs[i]!;
        const kernel = await contender.prepare(n);
        const product = await kernel.multiply(a, b);
        reference[i] ??= product;
        const timing = await measure(() => kernel.multiply(a, b), budget);
        await kernel.release?.();
        results.push({
          backend: contender.name,
          n,
          ...timing,
          gflops: (2 * n ** 3) / (timing.medianMs * 1e6),
          maxAbsDiff: maxAbsDiff(product, reference[i]),
        });
      }
    }
  } finally {
    setFiniteChecks(true);
  }
  return results;
}

function maxAbsDiff(a: Float32Array, b: Float32Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]! - b[i]!));
  return max;
}
