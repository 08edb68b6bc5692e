/**
 * Milliseconds per training step of each shipped model, as `npm run train` runs it (sizes from
 * default-spec.ts, the batch size of its recipe, bucketed batches of the generated corpus), split
 * into forward, backward and update (clipping and Adam). The same seeded batches every run, so runs before and
 * after a change do the same work, and the last loss shows they compute the same:
 *
 *   npm run bench:train [-- --steps 40] [-- --only transformer]
 *
 * (with the young-generation size train.ts gives its workers; `npx tsx bench/train-step.ts` runs
 * it with Node's defaults).
 */
import { parseArgs } from 'node:util';
import { backward, clipGradNorm, createRng, setFiniteChecks } from '../src/engine';
import { bucketedBatches } from '../src/learn/batches';
import { learningRate, ScheduledAdam } from '../src/learn/optimizer';
import { createModel, MODEL_KINDS } from '../src/models/model-spec';
import { encodePairs, loadDataset } from '../training/train/data';
import { defaultSpec } from '../training/train/default-spec';
import { TRAINING_PLAN } from '../training/train/plan';
import { fmt, formatTable } from './report';

const { values } = parseArgs({
  options: { steps: { type: 'string', default: '40' }, only: { type: 'string' } },
});
const steps = Number(values.steps);
const WARMUP_STEPS = 5;

const dataset = loadDataset();
const train = encodePairs(dataset, dataset.corpus.train);
// Batches differ in length, so the mean (not the median) is what adds up to a training run.
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
// CPU time of this process, not wall time: other work on the machine then hardly shows.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const rows: string[][] = [];
setFiniteChecks(false);
for (const kind of MODEL_KINDS.filter((k) => values.only === undefined || k === values.only)) {
  const recipe = TRAINING_PLAN.flat().find((r) => r.kind === kind)!;
  const model = createModel(defaultSpec(kind, dataset.srcVocab.size, dataset.tgtVocab.size, 1));
  const params = [...model.parameters().values()];
  const optimizer = new ScheduledAdam(params);
  const schedule = { peak: recipe.lr, warmup: recipe.warmup, total: recipe.steps };
  const batches = bucketedBatches(train, recipe.batch, createRng(1));
  const times = { forward: [] as number[], backward: [] as number[], update: [] as number[] };
  let lastLoss = 0;
  for (let i = 0; i < WARMUP_STEPS + steps; i++) {
    const batch = batches[i % batches.length]!;
    const t0 = cpuMs();
    const loss = model.loss(
      batch.map((e) => e.src),
      batch.map((e) => e.tgt),
    );
    const t1 = cpuMs();
    const grads = backward(loss);
    const t2 = cpuMs();
    const clipped = clipGradNorm(grads, params, 1).grads;
    optimizer.step(clipped, learningRate(optimizer.steps + 1, schedule));
    const t3 = cpuMs();
    lastLoss = loss.data[0]!;
    if (i < WARMUP_STEPS) continue;
    times.forward.push(t1 - t0);
    times.backward.push(t2 - t1);
    times.update.push(t3 - t2);
  }
  const [f, b, u] = [mean(times.forward), mean(times.backward), mean(times.update)];
  // The loss after a fixed number of steps shows that a faster kernel still computes the same.
  rows.push([kind, fmt(f + b + u), fmt(f), fmt(b), fmt(u), lastLoss.toFixed(6)]);
}
console.log(
  `Training step, each model at its recipe's batch size, mean of ${steps} seeded steps after ${WARMUP_STEPS} warm-up (CPU ms)`,
);
console.log(formatTable(['model', 'step', 'forward', 'backward', 'update', 'last loss'], rows));
