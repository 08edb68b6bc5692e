/**
 * Writes the page's two extracts of the corpus (npm run slice): the in-browser training slice,
 * and the Transformer's head-ablation sample of test pairs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SLICE_PATH } from '../../src/learn/slice-file';
import { ABLATION_SAMPLE_FILE } from '../../src/translation/ablation-sample';
import { buildAblationSample } from './ablation-sample';
import { buildCorpus } from './corpus';
import { buildSlice } from './slice';

/** Writes `value` as one line of JSON to `path` under public/. */
function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value)}\n`);
}

const corpus = buildCorpus();
const slicePath = `public/${SLICE_PATH}`;
const slice = buildSlice(corpus);
writeJson(slicePath, slice);
console.log(
  `wrote ${slicePath}: ${slice.train.length} train, ${slice.validation.length} validation pairs`,
);
const samplePath = `public/models/transformer/${ABLATION_SAMPLE_FILE}`;
const sample = buildAblationSample(corpus);
writeJson(samplePath, sample);
console.log(`wrote ${samplePath}: ${sample.pairs.length} test pairs`);
