/**
 * Writes the generated corpus into a directory (see corpus-files.ts for the layout). The sources
 * use extensionless imports, which Node's loader rejects, so bundle first:
 *
 *   npx esbuild training/data/write-corpus.ts --bundle --platform=node --format=esm --log-level=warning \
 *     | node --input-type=module - --out corpus [--format jsonl|tsv] [--seed 2017] [--train 20000]
 *       [--validation 1000] [--test 1000] [--bucket 150]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CORPUS_OPTIONS, buildCorpus, type CorpusOptions } from './corpus';
import { corpusFiles } from './corpus-files';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    format: { type: 'string', default: 'jsonl' },
    seed: { type: 'string' },
    train: { type: 'string' },
    validation: { type: 'string' },
    test: { type: 'string' },
    bucket: { type: 'string' },
  },
});

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`--${name} must be a non-negative integer, not "${value}"`);
  return n;
}

const { out, format } = values;
if (out === undefined) throw new Error('--out <directory> is required');
if (format !== 'jsonl' && format !== 'tsv') throw new Error('--format must be jsonl or tsv');
const options: CorpusOptions = {
  ...DEFAULT_CORPUS_OPTIONS,
  seed: count('seed', values.seed, DEFAULT_CORPUS_OPTIONS.seed),
  trainSize: count('train', values.train, DEFAULT_CORPUS_OPTIONS.trainSize),
  validationSize: count('validation', values.validation, DEFAULT_CORPUS_OPTIONS.validationSize),
  testSize: count('test', values.test, DEFAULT_CORPUS_OPTIONS.testSize),
  bucketSize: count('bucket', values.bucket, DEFAULT_CORPUS_OPTIONS.bucketSize),
};
mkdirSync(out, { recursive: true });
for (const { name, text } of corpusFiles(buildCorpus(options), options, format)) {
  writeFileSync(join(out, name), text);
  console.log(`wrote ${join(out, name)}`);
}
