/**
 * Trains one model on the generated corpus and writes a checkpoint:
 *
 *   npx tsx training/train/train-model.ts --model gru|attention|transformer --minutes N --out DIR
 *     [--epochs N] [--steps N (the learning rate cools down to 0 at the last)] [--batch 64] [--lr 0.002] [--warmup 0] [--clip 1] [--seed 1]
 *     [--train-size 20000] [--validation-sample 200] [--progress 50] [--eval-every 0] [--dtype float32|float16]
 *     [--config '{"hidden":64}']
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { encodePairs, loadDataset } from './data';
import { saveCheckpoint } from './checkpoint';
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
const trainSize = number('train-size', values['train-size']);
const corpusOptions = trainSize === undefined ? {} : { trainSize };
const dataset = loadDataset(corpusOptions);
const base = defaultSpec(kind, dataset.srcVocab.size, dataset.tgtVocab.size, seed);
const spec = {
  kind,
  config: { ...base.config, ...(JSON.parse(values.config) as object) },
} as ModelSpec;
const model = createModel(spec);
const isTransformer = kind === 'transformer';
const parameterCount = [...model.parameters().values()].reduce((n, t) => n + t.size, 0);
console.log(`${kind}: ${parameterCount} parameters, config ${JSON.stringify(spec.config)}`);

const history = trainModel(
  model,
  encodePairs(dataset, dataset.corpus.train),
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
    minutes: number('minutes', values.minutes)!,
    validationSample: number('validation-sample', values['validation-sample'])!,
    progressEvery: number('progress', values.progress)!,
    evalEvery: number('eval-every', values['eval-every'])!,
    ...(values.epochs === undefined ? {} : { epochs: number('epochs', values.epochs)! }),
    ...(values.steps === undefined ? {} : { maxSteps: number('steps', values.steps)! }),
  },
);
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
