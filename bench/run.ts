import os from 'node:os';
import { benchAttention, benchOrtCosts } from './attention';
import { benchDecoding } from './decoding';
import { benchMatmul, type MatmulResult } from './matmul';
import { loadOrtSingleThread } from './ort';
import { fmt, formatGoal, formatTable, type Goal } from './report';

const MATMUL_SIZES = [64, 256, 512];
const TOKENS = [4, 8, 16];
const DIMS = [8, 64];
const SITE = { n: 16, d: 64 };

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
};
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}\n`);

const started = performance.now();
const ortLoadMs = await loadOrtSingleThread();
const matmuls = await benchMatmul(MATMUL_SIZES);
const attention = await benchAttention(TOKENS, DIMS);
const ortCosts = await benchOrtCosts(SITE.n, SITE.d);
const decoding = await benchDecoding(['gru', 'attention', 'transformer']);

const backends = [...new Set(matmuls.map((r) => r.backend))];
const find = (backend: string, n: number): MatmulResult =>
  matmuls.find((r) => r.backend === backend && r.n === n)!;
console.log('Matmul f32, n×n · n×n, single thread: GFLOPS (median ms per call, max |Δ| vs ts)');
console.log(
  formatTable(
    ['backend', ...MATMUL_SIZES.map((n) => `n=${n}`)],
    backends.map((backend) => [
      backend,
      ...MATMUL_SIZES.map((n) => {
        const r = find(backend, n);
        return `${fmt(r.gflops)} (${fmt(r.medianMs)} ms, ${r.maxAbsDiff.toExponential(0)})`;
      }),
    ]),
  ),
);

const attentionOf = (backend: 'ts' | 'wasm', n: number, d: number) =>
  attention.find((r) => r.backend === backend && r.n === n && r.d === d)!;
console.log('\nCausal attention forward, all steps exposed (ComputationRunner.run), median ms');
console.log(
  formatTable(
    ['n × d', 'ts', 'wasm', 'wasm: ORT run only'],
    TOKENS.flatMap((n) =>
      DIMS.map((d) => [
        `${n} × ${d}`,
        fmt(attentionOf('ts', n, d).medianMs),
        fmt(attentionOf('wasm', n, d).medianMs),
        fmt(attentionOf('wasm', n, d).backendMs),
      ]),
    ),
  ),
);
console.log(
  `\nORT wasm: load ${fmt(ortLoadMs)} ms (once), per-call overhead ${fmt(ortCosts.callOverheadMs)} ms ` +
    `(1-element Identity), session create+release ${fmt(ortCosts.sessionCreateMs)} ms ` +
    `(attention ${SITE.n} × ${SITE.d})`,
);

console.log(
  '\nShipped models in Node, shipped graphs: weights → first translation, then per run (median ms)',
);
console.log(
  formatTable(
    [
      'model',
      'backend',
      'first translation',
      'encoder',
      'decoder step',
      'ORT run in step',
      'seed sentence',
      'sessions',
    ],
    decoding.map((r) => [
      r.kind,
      r.backend,
      fmt(r.firstTranslationMs),
      fmt(r.encoderMs),
      fmt(r.stepMs),
      r.ortStepMs === undefined ? '–' : fmt(r.ortStepMs),
      fmt(r.translationMs),
      String(r.sessions),
    ]),
  ),
);

const ratio = (a: number, b: number): string => `${fmt(a / b)}×`;
const tsCpu = [find('ts engine', 256).gflops, find('tfjs cpu', 256).gflops] as const;
const ortTfjs = [find('ort wasm', 256).gflops, find('tfjs wasm', 256).gflops] as const;
const site = (backend: 'ts' | 'wasm'): Goal => {
  const ms = attentionOf(backend, SITE.n, SITE.d).medianMs;
  return {
    name: `attention ${SITE.n} × ${SITE.d} on ${backend} < 0.5 ms`,
    pass: ms < 0.5,
    detail: `${fmt(ms)} ms`,
  };
};
const goals: Goal[] = [
  {
    name: 'ts matmul n=256 ≥ 3× tfjs cpu',
    pass: tsCpu[0] >= 3 * tsCpu[1],
    detail: `${fmt(tsCpu[0])} vs ${fmt(tsCpu[1])} GFLOPS = ${ratio(...tsCpu)}`,
  },
  {
    name: 'ort wasm matmul n=256 ≥ tfjs wasm / 1.25',
    pass: ortTfjs[0] >= ortTfjs[1] / 1.25,
    detail: `${fmt(ortTfjs[0])} vs ${fmt(ortTfjs[1])} GFLOPS = ${ratio(...ortTfjs)}`,
  },
  site('ts'),
  site('wasm'),
  ...(['ts', 'wasm'] as const).map((backend): Goal => {
    const ms = decoding.find((r) => r.kind === 'transformer' && r.backend === backend)!.stepMs;
    return {
      name: `Transformer decoding step with KV cache on ${backend} < 2 ms`,
      pass: ms < 2,
      detail: `${fmt(ms)} ms`,
    };
  }),
  ...(['gru', 'attention', 'transformer'] as const).map((kind): Goal => {
    const [ts, wasm] = (['ts', 'wasm'] as const).map(
      (backend) => decoding.find((r) => r.kind === kind && r.backend === backend)!.stepMs,
    ) as [number, number];
    const factor = kind === 'transformer' ? 3 : 1;
    return {
      name: `${kind} decoder step: wasm ≥ ${factor}× faster than ts`,
      pass: ts >= factor * wasm,
      detail: `ts ${fmt(ts)} ms, wasm ${fmt(wasm)} ms = ${ratio(ts, wasm)}`,
    };
  }),
];
console.log(`\nGoals\n${goals.map(formatGoal).join('\n')}`);
console.log(`\nTotal ${fmt((performance.now() - started) / 1000)} s`);
console.log(
  `BENCH_JSON ${JSON.stringify({ machine, matmul: matmuls, attention, ortLoadMs, ortCosts, decoding, goals })}`,
);
