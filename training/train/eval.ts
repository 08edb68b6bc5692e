/**
 * Evaluates a checkpoint on the test split and the length-bucketed test sets:
 *
 *   npx tsx training/train/eval.ts --dir DIR [--split test|validation] [--limit N]
 */
import { parseArgs } from 'node:util';
import type { SentencePair } from '../data/structure';
import { loadCheckpoint } from './checkpoint';
import { encodePairs, loadDataset } from './data';
import { evaluate } from './evaluate';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    split: { type: 'string', default: 'test' },
    limit: { type: 'string' },
  },
});
if (values.dir === undefined) throw new Error('--dir DIR is required');
if (values.split !== 'test' && values.split !== 'validation')
  throw new Error('--split must be test or validation');
const { model, spec, corpusOptions, srcVocab, tgtVocab } = loadCheckpoint(values.dir);
const { corpus } = loadDataset(corpusOptions);
// The checkpoint's vocabularies define the ids, so encode with them, not freshly built ones.
const dataset = { corpus, srcVocab, tgtVocab };
const limit = values.limit === undefined ? Infinity : Number(values.limit);
const report = (name: string, pairs: readonly SentencePair[]) => {
  const { exactMatch, bleu } = evaluate(model, encodePairs(dataset, pairs.slice(0, limit)));
  console.log(
    `${name.padEnd(12)} n=${String(Math.min(limit, pairs.length)).padStart(4)} exact ${(100 * exactMatch).toFixed(1)}% BLEU ${(100 * bleu).toFixed(1)}`,
  );
};
console.log(`${spec.kind} from ${values.dir}`);
report(values.split, corpus[values.split]);
if (values.split === 'test')
  for (const { min, max, pairs } of corpus.buckets) report(`length ${min}-${max}`, pairs);
