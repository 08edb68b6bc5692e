/**
 * Trains the three shipped models from scratch, two at a time (one per core), and writes their
 * weights to public/models/<kind>/weights.bin (the page exports their ONNX graphs itself):
 *
 *   npm run train [-- --only transformer]
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Recipe } from '../../src/models/training-record';
import { MODELS_DIR, TRAINING_PLAN } from './plan';

const { values } = parseArgs({
  options: { only: { type: 'string' } },
});

async function trainOne(recipe: Recipe): Promise<void> {
  const out = join(MODELS_DIR, recipe.kind);
  const { finetune } = recipe;
  await runStage(recipe.kind, [
    ...['--steps', String(recipe.steps), '--lr', String(recipe.lr)],
    ...['--warmup', String(recipe.warmup), '--batch', String(recipe.batch), '--out', out],
    ...(recipe.freshDraws === undefined ? [] : ['--fresh', String(recipe.freshDraws)]),
  ]);
  if (finetune === undefined) return;
  // The second stage starts from the first's float16 weights as written, so it can be rerun alone.
  await runStage(recipe.kind, [
    ...['--steps', String(finetune.steps), '--lr', String(finetune.lr)],
    ...['--warmup', String(finetune.warmup), '--batch', String(recipe.batch)],
    ...['--long-min', String(finetune.longMin), '--long-share', String(finetune.longShare)],
    ...(finetune.freshDraws === undefined ? [] : ['--fresh', String(finetune.freshDraws)]),
    ...['--resume', out, '--out', out],
  ]);
}

function runStage(kind: Recipe['kind'], options: readonly string[]): Promise<void> {
  const args = [
    // Every tensor of a step's graph lives until its backward pass, so with V8's default young
    // generation (grown from 1 MB) most are promoted and freed by full collections; a fixed
    // 64 MB one lets them die young: about 10% faster steps, for about 120 MB more per process.
    '--min-semi-space-size=64',
    '--max-semi-space-size=64',
    '--import',
    'tsx',
    join(import.meta.dirname, 'train-model.ts'),
    ...['--model', kind, '--minutes', '1000', '--dtype', 'float16', '--progress', '100'],
    ...options,
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  createInterface({ input: child.stdout }).on('line', (line) => console.log(`[${kind}] ${line}`));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`training ${kind} exited with ${code}`)),
    ),
  );
}

async function runLane(lane: readonly Recipe[]): Promise<void> {
  for (const recipe of lane) await trainOne(recipe);
}

const started = performance.now();
const lanes = TRAINING_PLAN.map((lane) =>
  lane.filter((recipe) => values.only === undefined || recipe.kind === values.only),
);
await Promise.all(lanes.map(runLane));
console.log(`trained in ${((performance.now() - started) / 60000).toFixed(1)} min`);
