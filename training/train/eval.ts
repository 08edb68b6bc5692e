/**
 * Evaluates the shipped models on the test split and the length-bucketed test sets and writes
 * each model's card (public/models/<kind>/card.json); also prints, for each model and for the
 * current corpus's vocabulary, how many hand-written unseen sentences (training/eval/unseen.tsv)
 * are accepted as input and how many the model translates acceptably:
 *
 *   npm run eval [-- --only attention] [-- --limit N] [-- --only transformer --dir DIR] [-- --long N]
 *
 * With --dir it scores the weights in DIR (a candidate) instead of the shipped ones, and writes no card.
 * With --long it also scores N new sentences of each length bucket from 21 tokens (see
 * `developmentSets`): the place to compare training settings, since the test split must not be.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCheckpoint } from './checkpoint';
import { developmentSets, freshPairs, type LengthSet } from './data';
import { scoreCheckpoint, scorer } from './evaluate';
import { MODEL_FILES, type ModelCard } from '../../src/models/model-card';
import type { ModelBundle } from '../../src/models/model-bundle';
import { MODEL_KINDS } from '../../src/models/model-spec';
import { MODELS_DIR, TRAINING_PLAN } from './plan';
import {
  buildCorpus,
  DEFAULT_CORPUS_OPTIONS,
  LENGTH_BUCKETS,
  type Corpus,
  type CorpusOptions,
} from '../data/corpus';
import { loadUnseen } from '../eval/unseen';
import { unseenCoverage } from '../eval/unseen-coverage';
import { scoreUnseen } from '../eval/score-unseen';
import { Vocabulary } from '../../src/text/vocabulary';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    limit: { type: 'string' },
    dir: { type: 'string' },
    long: { type: 'string' },
  },
});
if (values.dir !== undefined && values.only === undefined)
  throw new Error('--dir needs --only, the kind of model it holds');
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (!(limit > 0)) throw new Error('--limit must be a positive number');
const long = values.long === undefined ? 0 : Number(values.long);
if (!(Number.isInteger(long) && long >= 0)) throw new Error('--long must be a whole number');

/**
 * `perBucket` new sentences of each bucket from 21 tokens, none of them trained on by the model
 * of `checkpoint`, drawn from the corpus `corpus` (the checkpoint's) with its seed + 2.
 */
function longSets(checkpoint: ModelBundle, corpus: Corpus, perBucket: number): LengthSet[] {
  const { srcVocab, tgtVocab } = checkpoint;
  const corpusOptions: Partial<CorpusOptions> = checkpoint.corpusOptions;
  const dataset = { corpus, srcVocab, tgtVocab };
  const seed = corpusOptions.seed ?? DEFAULT_CORPUS_OPTIONS.seed;
  const draws = TRAINING_PLAN.flat().find((r) => r.kind === checkpoint.spec.kind)?.freshDraws;
  const training =
    draws === undefined ? [] : freshPairs(dataset, corpusOptions, { seed: seed + 1, draws });
  const ranges = LENGTH_BUCKETS.filter(([min]) => min >= 21);
  const candidates = { seed: seed + 2, draws: 60_000 };
  return developmentSets(dataset, corpusOptions, candidates, training, ranges, perBucket);
}

const unseen = loadUnseen();
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const corpusVocabulary = Vocabulary.fromSentences(buildCorpus().train.map(({ en }) => en));
const corpusCoverage = unseenCoverage(unseen, corpusVocabulary);
console.log(
  `unseen sentences accepted by the current corpus's vocabulary: ` +
    `${corpusCoverage.accepted}/${corpusCoverage.total} (${percent(corpusCoverage.share)}); ` +
    `missing: ${corpusCoverage.missing.map(([word]) => word).join(', ') || 'none'}`,
);

for (const kind of MODEL_KINDS.filter((k) => values.only === undefined || k === values.only)) {
  const dir = values.dir ?? join(MODELS_DIR, kind);
  const checkpoint = loadCheckpoint(dir);
  const started = performance.now();
  const { test, buckets } = scoreCheckpoint(checkpoint, limit);
  const recipe = TRAINING_PLAN.flat().find((r) => r.kind === kind)!;
  const last = checkpoint.history.at(-1)!;
  const weights = join(dir, MODEL_FILES.weights);
  const { coverage, correct, accuracy } = scoreUnseen(checkpoint, unseen);
  const card: ModelCard = {
    kind,
    spec: checkpoint.spec,
    parameters: [...checkpoint.model.parameters().values()].reduce((n, t) => n + t.size, 0),
    training: {
      ...recipe,
      epochs: checkpoint.history.length,
      seconds: last.seconds,
      cpuSeconds: last.cpuSeconds,
      finalTrainLoss: last.trainLoss,
      machine: checkpoint.machine,
    },
    test,
    buckets,
    unseen: { total: coverage.total, accepted: coverage.accepted, correct },
    files: {
      weights: statSync(weights).size,
      weightsGzip: gzipSync(readFileSync(weights), { level: 9 }).length,
    },
  };
  console.log(
    `${kind}: test exact ${percent(test.exactMatch)} BLEU ${(100 * test.bleu).toFixed(1)} ` +
      `(n=${test.examples}, ${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  for (const b of buckets)
    console.log(
      `  length ${b.min}-${b.max}: exact ${percent(b.exactMatch)} BLEU ${(100 * b.bleu).toFixed(1)}`,
    );
  console.log(
    `  unseen sentences: ${coverage.accepted}/${coverage.total} accepted as input ` +
      `(${percent(coverage.share)}), ${correct} translated acceptably (${percent(accuracy)})`,
  );
  console.log(`  weights.bin ${card.files.weights} bytes, ${card.files.weightsGzip} gzipped`);
  if (long > 0) {
    const { corpus, score } = scorer(checkpoint);
    for (const { min, max, pairs } of longSets(checkpoint, corpus, long)) {
      const { exactMatch, examples } = score(pairs);
      console.log(`  development set ${min}-${max}: exact ${percent(exactMatch)} (n=${examples})`);
    }
  }
  if (limit === Infinity && values.dir === undefined)
    writeFileSync(join(dir, MODEL_FILES.card), `${JSON.stringify(card, null, 2)}\n`);
  else console.log('  (a --limit or --dir run writes no card)');
}
