import { afterAll, describe, expect, it, vi } from 'vitest';
import { attentionForward } from '../engine/attention';
import { causalMask } from '../engine/masks';
import { createRng } from '../engine/random';
import { randn } from '../engine/init';
import { deferAcceleration } from './acceleration-gate';
import { ComputationRunner } from './computation-runner';

const created = vi.hoisted(() => ({ count: 0, zeroOutputs: false }));
vi.mock('./ort-session', async (importOriginal) => {
  const original = await importOriginal<typeof import('./ort-session')>();
  return {
    ...original,
    createOrtSession: async (...args: Parameters<typeof original.createOrtSession>) => {
      created.count += 1;
      const session = await original.createOrtSession(...args);
      if (!created.zeroOutputs) return session;
      // What a lost WebGL context does: every output reads back as zeros, with no error.
      return {
        ...session,
        run: async (...runArgs: Parameters<typeof session.run>) => {
          const outputs = await session.run(...runArgs);
          for (const output of Object.values(outputs)) output.data.fill(0);
          return outputs;
        },
      };
    },
  };
});

const wasmPaths = new URL('./', import.meta.resolve('onnxruntime-web/wasm')).href;
const rng = createRng(7);

function naiveAttention(q: number[][], k: number[][], v: number[][], causal: boolean): number[][] {
  const scale = 1 / Math.sqrt(q[0]!.length);
  return q.map((qi, i) => {
    const scores = k.map((kj, j) =>
      causal && j > i ? -Infinity : qi.reduce((s, x, d) => s + x * kj[d]!, 0) * scale,
    );
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return v[0]!.map((_, c) => exps.reduce((s, e, j) => s + (e / total) * v[j]![c]!, 0));
  });
}

describe('ComputationRunner', () => {
  const runner = new ComputationRunner(
    ({ Q, K, V }) => attentionForward(Q!, K!, V!, { mask: causalMask(Q!.shape[0]!) }),
    { wasmPaths },
  );
  afterAll(() => runner.release());

  it('falls back from webgpu to wasm in Node, runs wasm under auto, and matches the reference', async () => {
    const inputs = { Q: randn([5, 4], rng), K: randn([5, 4], rng), V: randn([5, 3], rng) };
    const gpu = await runner.run(inputs, 'webgpu');
    expect(gpu.backend).toBe('wasm');
    expect(gpu.fallbacks).toEqual([{ backend: 'webgpu', reason: 'no WebGPU adapter' }]);
    const run = await runner.run(inputs, 'auto');
    expect(run.backend).toBe('wasm');
    expect(run.fallbacks).toEqual([]);
    expect(run.crossCheck?.matches).toBe(true);
    expect(run.crossCheck!.maxAbsDiff).toBeLessThan(1e-5);
    const expected = naiveAttention(
      inputs.Q.toNested() as number[][],
      inputs.K.toNested() as number[][],
      inputs.V.toNested() as number[][],
      true,
    );
    (run.result.toNested() as number[][]).flat().forEach((value, i) => {
      expect(value).toBeCloseTo(expected.flat()[i]!, 5);
    });
    expect(run.steps.map((step) => step.label)).toEqual([
      'Kᵀ',
      'scores = QKᵀ',
      'scaled = scores/√d_k',
      'masked = mask(scaled)',
      'weights = softmax(masked)',
      'output = weights·V',
    ]);
  }, 60_000);

  it('answers from TypeScript under auto while wasm compiles, then from wasm', async () => {
    const inputs = { Q: randn([6, 4], rng), K: randn([6, 4], rng), V: randn([6, 3], rng) };
    expect(runner.whenWarm()).toBeUndefined();
    const first = await runner.run(inputs, 'auto');
    expect(first.backend).toBe('ts');
    expect(first.fallbacks).toEqual([]);
    await runner.whenWarm();
    const next = await runner.run(inputs, 'auto');
    expect(next.backend).toBe('wasm');
    expect(next.checkedNow).toBe(true);
    next.result.data.forEach((value, i) => expect(value).toBeCloseTo(first.result.data[i]!, 5));
  }, 60_000);

  it('keeps auto on TypeScript, compiling nothing, until the page allows acceleration', async () => {
    const held = new ComputationRunner(({ Q, K }) => attentionForward(Q!, K!, K!), { wasmPaths });
    let allow = () => {};
    deferAcceleration(new Promise<void>((resolve) => (allow = resolve)));
    try {
      const inputs = { Q: randn([3, 4], rng), K: randn([3, 4], rng) };
      const sessionsBefore = created.count;
      const first = await held.run(inputs, 'auto');
      const warm = held.whenWarm()!;
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(first.backend).toBe('ts');
      expect((await held.run(inputs, 'auto')).backend).toBe('ts');
      expect(created.count).toBe(sessionsBefore);
      allow();
      await warm;
      expect((await held.run(inputs, 'auto')).backend).toBe('wasm');
      expect(created.count).toBe(sessionsBefore + 1);
    } finally {
      deferAcceleration(Promise.resolve());
      await held.release();
    }
  }, 60_000);

  it('runs the reference alone when ts is chosen', async () => {
    const run = await runner.run(
      { Q: randn([3, 2], rng), K: randn([3, 2], rng), V: randn([3, 2], rng) },
      'ts',
    );
    expect(run.backend).toBe('ts');
    expect(run.fallbacks).toEqual([]);
    expect(run.crossCheck).toBeUndefined();
  });

  it('exports and opens a session once over 100 runs with new values, again for new shapes', async () => {
    const fresh = new ComputationRunner(({ Q, K, V }) => attentionForward(Q!, K!, V!), {
      wasmPaths,
    });
    const before = created.count;
    for (let i = 0; i < 100; i++) {
      const inputs = { Q: randn([4, 4], rng), K: randn([4, 4], rng), V: randn([4, 2], rng) };
      const run = await fresh.run(inputs, 'wasm');
      const expected = naiveAttention(
        inputs.Q.toNested() as number[][],
        inputs.K.toNested() as number[][],
        inputs.V.toNested() as number[][],
        false,
      ).flat();
      run.result.data.forEach((value, j) => expect(value).toBeCloseTo(expected[j]!, 5));
    }
    expect(fresh.counts).toEqual({ exports: 1, sessions: 1 });
    expect(created.count - before).toBe(1);
    await fresh.run(
      { Q: randn([3, 4], rng), K: randn([3, 4], rng), V: randn([3, 2], rng) },
      'wasm',
    );
    expect(fresh.counts).toEqual({ exports: 2, sessions: 2 });
    await fresh.release();
  }, 60_000);

  it('checks the first run, then every 32nd, and any run asked to', async () => {
    const fresh = new ComputationRunner(({ Q, K, V }) => attentionForward(Q!, K!, V!), {
      wasmPaths,
    });
    const checked: number[] = [];
    for (let i = 0; i < 70; i++) {
      const inputs = { Q: randn([2, 2], rng), K: randn([2, 2], rng), V: randn([2, 2], rng) };
      if ((await fresh.run(inputs, 'wasm', i === 5)).checkedNow) checked.push(i);
    }
    expect(checked).toEqual([0, 5, 32, 64]);
    await fresh.release();
  }, 60_000);

  it('treats results that disagree with the reference as a failure and falls back', async () => {
    const corrupted = new ComputationRunner(({ Q, K, V }) => attentionForward(Q!, K!, V!), {
      wasmPaths,
    });
    created.zeroOutputs = true;
    try {
      const run = await corrupted.run(
        { Q: randn([2, 3], rng), K: randn([2, 3], rng), V: randn([2, 3], rng) },
        'wasm',
      );
      expect(run.backend).toBe('ts');
      expect(run.fallbacks).toHaveLength(1);
      expect(run.fallbacks[0]!.reason).toMatch(/^results differ from the TypeScript reference/);
    } finally {
      created.zeroOutputs = false;
      await corrupted.release();
    }
  }, 60_000);
});
