/**
 * Trains one model on the generated corpus and writes a checkpoint:
 *
 *   npx tsx training/train/train-model.ts --model gru|attention|transformer --minutes N --out DIR
 *     [--epochs N] [--steps N (the learning rate cools down to 0 at the last)] [--batch 64] [--lr 0.002] [--warmup 0] [--clip 1] [--seed 1]
 *     [--train-size 20000] [--validation-sample 200] [--progress 50] [--eval-every 0] [--dtype float32|float16]
 *     [--config '{"hidden":64}']
 *     [--resume DIR (continue from DIR's weights, with fresh Adam moments and schedule)]
 *     [--long-min N --long-share S (a share S of the batches hold only sources of N+ tokens)]
 *     [--fresh DRAWS (also train on the new pairs among DRAWS more generated with the corpus
 *       seed + 1)]
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { encodePairs, freshPairs, loadDataset } from './data';
import { DEFAULT_CORPUS_OPTIONS, type CorpusOptions } from '../data/corpus';
import { loadCheckpoint, saveCheckpoint } from './checkpoint';
import { createModel, type ModelSpec } from '../../src/models/model-spec';
import { defaultSpec, parseModelKind } from './default-spec';
import { trainModel } from './train-loop';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    minutes: { type: 'string', default: '5' },
    out: { type: 'string' },
    epochs: { type: 'string' },
    steps: { type: 'string' },
    batch: { type: 'string', default: '64' },
    lr: { type: 'string' },
    warmup: { type: 'string' },
    clip: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    'train-size': { type: 'string' },
    'validation-sample': { type: 'string', default: '200' },
    progress: { type: 'string', default: '50' },
    'eval-every': { type: 'string', default: '0' },
    dtype: { type: 'string', default: 'float32' },
    config: { type: 'string', default: '{}' },
    resume: { type: 'string' },
    'long-min': { type: 'string' },
    'long-share': { type: 'string' },
    fresh: { type: 'string' },
  },
});

const number = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
  return n;
};

const kind = parseModelKind(values.model);
if (values.out === undefined) throw new Error('--out DIR is required');
if (values.dtype !== 'float32' && values.dtype !== 'float16')
  throw new Error('--dtype must be float32 or float16');
const seed = number('seed', values.seed)!;
const resumed = values.resume === undefined ? undefined : loadCheckpoint(values.resume);
if (resumed !== undefined && (values.config !== '{}' || values['train-size'] !== undefined))
  throw new Error('--resume takes the config and corpus from the checkpoint');
const trainSize = number('train-size', values['train-size']);
const corpusOptions: Partial<CorpusOptions> =
  resumed?.corpusOptions ?? (trainSize === undefined ? {} : { trainSize });
const dataset = loadDataset(corpusOptions);
if (
  resumed !== undefined &&
  JSON.stringify([resumed.srcVocab.toJSON(), resumed.tgtVocab.toJSON()]) !==
    JSON.stringify([dataset.srcVocab.toJSON(), dataset.tgtVocab.toJSON()])
)
  throw new Error(`the corpus no longer gives the vocabularies of ${values.resume}`);
const base = defaultSpec(kind, dataset.srcVocab.size, dataset.tgtVocab.size, seed);
if (resumed !== undefined && resumed.spec.kind !== kind)
  throw new Error(`${values.resume} holds a ${resumed.spec.kind} model, not ${kind}`);
const spec =
  resumed?.spec ??
  ({
    kind,
    config: { ...base.config, ...(JSON.parse(values.config) as object) },
  } as ModelSpec);
const model = resumed?.model ?? createModel(spec);
const isTransformer = kind === 'transformer';
const parameterCount = [...model.parameters().values()].reduce((n, t) => n + t.size, 0);
console.log(`${kind}: ${parameterCount} parameters, config ${JSON.stringify(spec.config)}`);

const longMin = number('long-min', values['long-min']);
const longShare = number('long-share', values['long-share']);
if ((longMin === undefined) !== (longShare === undefined) || !((longShare ?? 0) < 1))
  throw new Error('--long-min and --long-share go together, with a share below 1');
const freshDraws = number('fresh', values.fresh);
const fresh =
  freshDraws === undefined
    ? []
    : freshPairs(dataset, corpusOptions, {
        seed: (corpusOptions.seed ?? DEFAULT_CORPUS_OPTIONS.seed) + 1,
        draws: freshDraws,
      });
if (freshDraws !== undefined) console.log(`${fresh.length} fresh pairs`);
const stage = trainModel(
  model,
  encodePairs(dataset, [...dataset.corpus.train, ...fresh]),
  encodePairs(dataset, dataset.corpus.validation),
  {
    batchSize: number('batch', values.batch)!,
    schedule: {
      peak: number('lr', values.lr) ?? (isTransformer ? 1e-3 : 2e-3),
      warmup: number('warmup', values.warmup) ?? (isTransformer ? 300 : 0),
      ...(values.steps === undefined ? {} : { total: number('steps', values.steps)! }),
    },
    clip: number('clip', values.clip)!,
    seed,
    ...(longMin === undefined ? {} : { oversampling: { minLength: longMin, share: longShare! } }),
    minutes: number('minutes', values.minutes)!,
    validationSample: number('validation-sample', values['validation-sample'])!,
    progressEvery: number('progress', values.progress)!,
    evalEvery: number('eval-every', values['eval-every'])!,
    ...(values.epochs === undefined ? {} : { epochs: number('epochs', values.epochs)! }),
    ...(values.steps === undefined ? {} : { maxSteps: number('steps', values.steps)! }),
  },
);
// A resumed run's log continues the checkpoint's: epochs, steps and times count from its end.
const before = resumed?.history.at(-1);
const history = [
  ...(resumed?.history ?? []),
  ...stage.map((entry) => {
    if (before === undefined) return entry;
    const [steps, seconds] = [before.steps + entry.steps, before.seconds + entry.seconds];
    return {
      ...entry,
      epoch: before.epoch + entry.epoch,
      steps,
      seconds,
      cpuSeconds: before.cpuSeconds + entry.cpuSeconds,
      stepsPerSecond: steps / seconds,
    };
  }),
];
saveCheckpoint(
  values.out,
  model,
  {
    spec,
    corpusOptions,
    srcVocab: dataset.srcVocab.toJSON(),
    tgtVocab: dataset.tgtVocab.toJSON(),
    history,
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
  },
  values.dtype,
);
console.log(`wrote ${values.out}`);
