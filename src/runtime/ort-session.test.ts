import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GraphBuilder } from '../engine/onnx/graph-builder';
import { BackendError } from './backend-error';
import { loadOrt, type OrtLoadOptions } from './ort-loader';
import { createOrtSession, type OrtSession } from './ort-session';

// In Node the ORT wasm build reads its .mjs and .wasm straight from the package's dist folder.
const options: OrtLoadOptions = {
  wasmPaths: new URL('./', import.meta.resolve('onnxruntime-web/wasm')).href,
};

const only = (names: string[]): string => {
  expect(names).toHaveLength(1);
  return names[0] ?? '';
};

const expectClose = (actual: Float32Array, expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => {
    expect(Math.abs((actual[i] ?? NaN) - value)).toBeLessThanOrEqual(
      1e-5 * Math.max(1, Math.abs(value)),
    );
  });
};

const matmul = (a: readonly number[], b: readonly number[], n: number, k: number, m: number) =>
  Array.from({ length: n * m }, (_, idx) => {
    const [i, j] = [Math.floor(idx / m), idx % m];
    let sum = 0;
    for (let t = 0; t < k; t++) sum += (a[i * k + t] ?? NaN) * (b[t * m + j] ?? NaN);
    return sum;
  });

const softmaxRows = (x: readonly number[], width: number) =>
  x.map((_, idx) => {
    const row = x.slice(idx - (idx % width), idx - (idx % width) + width);
    const max = Math.max(...row);
    const total = row.reduce((sum, v) => sum + Math.exp(v - max), 0);
    return Math.exp((x[idx] ?? NaN) - max) / total;
  });

const sigmoidModel = () => {
  const graph = new GraphBuilder('wasm');
  graph.addOutput(only(graph.node('Sigmoid', [graph.addInput('x', [1])])), [1]);
  return graph.build();
};

describe('ORT wasm session', () => {
  const runners: OrtSession[] = [];
  const open = async (graph: GraphBuilder) => {
    const runner = await createOrtSession(graph.build(), 'wasm', options);
    runners.push(runner);
    return runner;
  };

  // The first session compiles ORT's 14 MB wasm, which can take seconds on a busy machine.
  beforeAll(async () => {
    await (await createOrtSession(sigmoidModel(), 'wasm', options)).release();
  }, 60_000);
  afterAll(async () => {
    for (const runner of runners) await runner.release();
  });

  it('runs MatMul then Softmax and returns both values', async () => {
    const a = [0.5, -1, 2, 3, 0.25, -0.75];
    const b = [1, 2, -1, 0, 0.5, -0.5, 3, 1, -2, 1, 0, 0.25];
    const graph = new GraphBuilder('wasm');
    const x = graph.addInput('a', [2, 3]);
    const logits = only(graph.node('MatMul', [x, graph.constantFloat(b, [3, 4])]));
    const probs = only(graph.node('Softmax', [logits], { axis: { int: -1 } }));
    graph.addOutput(logits, [2, 4]);
    graph.addOutput(probs);

    const out = await (await open(graph)).run({ a: { data: Float32Array.from(a), shape: [2, 3] } });

    const expectedLogits = matmul(a, b, 2, 3, 4);
    expect(out[logits]?.shape).toEqual([2, 4]);
    expect(out[probs]?.shape).toEqual([2, 4]);
    expectClose(out[logits]?.data ?? new Float32Array(), expectedLogits);
    expectClose(out[probs]?.data ?? new Float32Array(), softmaxRows(expectedLogits, 4));
  });

  it('encodes every attribute kind correctly', async () => {
    const x = [1, -2, 3, -4, 5, -6];
    const w = [1, 0, 2, -1, 0.5, 1];
    const bias = [0.1, -0.2, 0.3];
    const graph = new GraphBuilder('wasm');
    const input = graph.addInput('x', ['rows', 3]);
    const transposed = only(graph.node('Transpose', [input], { perm: { ints: [1, 0] } }));
    const leaky = only(graph.node('LeakyRelu', [transposed], { alpha: { float: 0.1 } }));
    const gemm = only(
      graph.node('Gemm', [leaky, graph.constantFloat(w, [3, 2]), graph.constantFloat(bias, [3])], {
        alpha: { float: 0.5 },
        beta: { float: 2 },
        transB: { int: 1 },
      }),
    );
    const shift = only(graph.node('Constant', [], { value_floats: { floats: [1, 2, 3] } }));
    const shifted = only(graph.node('Add', [gemm, shift]));
    const squared = only(
      graph.node('Einsum', [shifted, shifted], { equation: { string: 'ij,ij->ij' } }),
    );
    const joined = only(graph.node('Concat', [shifted, squared], { axis: { int: 1 } }));
    const flat = only(graph.node('Reshape', [joined, graph.constantInt64([-1], [1])]));
    for (const value of [transposed, leaky, gemm, flat]) graph.addOutput(value);

    const out = await (await open(graph)).run({ x: { data: Float32Array.from(x), shape: [2, 3] } });

    const expectedT = [1, -4, -2, 5, 3, -6];
    const expectedLeaky = expectedT.map((v) => (v < 0 ? 0.1 * v : v));
    const expectedGemm = Array.from({ length: 9 }, (_, idx) => {
      const [i, j] = [Math.floor(idx / 3), idx % 3];
      const dot =
        (expectedLeaky[i * 2] ?? NaN) * (w[j * 2] ?? NaN) +
        (expectedLeaky[i * 2 + 1] ?? NaN) * (w[j * 2 + 1] ?? NaN);
      return 0.5 * dot + 2 * (bias[j] ?? NaN);
    });
    const shiftedRows = [0, 1, 2].map((i) =>
      expectedGemm.slice(i * 3, i * 3 + 3).map((v, j) => v + j + 1),
    );
    const expectedFlat = shiftedRows.flatMap((row) => [...row, ...row.map((v) => v * v)]);
    expect(out[transposed]?.shape).toEqual([3, 2]);
    expectClose(out[transposed]?.data ?? new Float32Array(), expectedT);
    expectClose(out[leaky]?.data ?? new Float32Array(), expectedLeaky);
    expectClose(out[gemm]?.data ?? new Float32Array(), expectedGemm);
    expect(out[flat]?.shape).toEqual([18]);
    expectClose(out[flat]?.data ?? new Float32Array(), expectedFlat);
  });

  it('gathers with int64 initializers and int64 feeds', async () => {
    const table = [0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32];
    const graph = new GraphBuilder('wasm');
    const ids = graph.addInput('ids', [2], 'int64');
    const embeddings = graph.constantFloat(table, [4, 3]);
    const fromConstant = only(
      graph.node('Gather', [embeddings, graph.constantInt64([3, 0, 2], [3])], { axis: { int: 0 } }),
    );
    const fromFeed = only(graph.node('Gather', [embeddings, ids], { axis: { int: 0 } }));
    graph.addOutput(fromConstant, [3, 3]);
    graph.addOutput(fromFeed, [2, 3]);

    const out = await (
      await open(graph)
    ).run({ ids: { data: BigInt64Array.of(1n, -1n), shape: [2] } });

    expect([...(out[fromConstant]?.data ?? [])]).toEqual([30, 31, 32, 0, 1, 2, 20, 21, 22]);
    expect([...(out[fromFeed]?.data ?? [])]).toEqual([10, 11, 12, 30, 31, 32]);
  });

  it('disposes every tensor it creates or receives across many runs', async () => {
    const ort = await loadOrt('wasm', options);
    const graph = new GraphBuilder('wasm');
    const x = graph.addInput('x', [4]);
    const y = only(graph.node('Relu', [x]));
    const z = only(graph.node('Neg', [y]));
    graph.addOutput(y);
    graph.addOutput(z);
    const runner = await createOrtSession(graph.build(), 'wasm', options);
    const dispose = vi.spyOn(ort.Tensor.prototype, 'dispose');
    try {
      for (let i = 0; i < 200; i++) {
        const out = await runner.run({
          x: { data: Float32Array.of(i, 2 * i, 1, 0.5), shape: [4] },
        });
        expect([...(out[z]?.data ?? [])]).toEqual([-i, -2 * i, -1, -0.5]);
      }
      expect(dispose).toHaveBeenCalledTimes(200 * 3);
    } finally {
      dispose.mockRestore();
      await runner.release();
    }
    await expect(runner.run({ x: { data: new Float32Array(4), shape: [4] } })).rejects.toThrow(
      BackendError,
    );
  });

  it('creates and releases sessions repeatedly', async () => {
    const model = sigmoidModel();
    for (let i = 0; i < 20; i++) {
      const runner = await createOrtSession(model, 'wasm', options);
      const out = await runner.run({ x: { data: Float32Array.of(0), shape: [1] } });
      expect([...(Object.values(out)[0]?.data ?? [])]).toEqual([0.5]);
      await runner.release();
    }
  });

  it('wraps ORT failures in a BackendError naming the backend', async () => {
    const error = await createOrtSession(new Uint8Array([1, 2, 3]), 'wasm', options).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({
      backend: 'wasm',
      message: expect.stringMatching(/^wasm backend failed to create a session: /),
    });

    const graph = new GraphBuilder('wasm');
    graph.addOutput(graph.addInput('x', [2]), [2]);
    const runner = await open(graph);
    await expect(runner.run({ x: { data: new Float32Array(3), shape: [3] } })).rejects.toThrow(
      /wasm backend failed to run the model/,
    );
  });
});
