// `npx tsx bench/ablation.ts`: the shipped Transformer's exact match on the page's head-ablation
// sample with each single head switched off, every head of every attention site, as a markdown
// table (Node, TypeScript reference). Re-run it after retraining.
import { readFileSync } from 'node:fs';
import { shippedBundle } from '../src/facts/shipped';
import type { AttentionKind } from '../src/models/attention-hooks';
import type { Transformer } from '../src/models/transformer';
import {
  ABLATION_SAMPLE_FILE,
  encodeSample,
  parseAblationSample,
} from '../src/translation/ablation-sample';
import { exactMatchWithHeadsOff } from '../src/translation/head-ablation';

const SITES: readonly [AttentionKind, string][] = [
  ['encoder-self', 'encoder self-attention'],
  ['decoder-self', 'decoder masked self-attention'],
  ['cross', 'cross-attention'],
];

const bundle = shippedBundle('transformer');
const model = bundle.model as Transformer;
const { layers, heads } = model.config;
const file = readFileSync(`public/models/transformer/${ABLATION_SAMPLE_FILE}`, 'utf8');
const sample = encodeSample(
  parseAblationSample(JSON.parse(file)),
  bundle.srcVocab,
  bundle.tgtVocab,
);
const started = performance.now();
const all = await exactMatchWithHeadsOff(model, sample.pairs, []);
const cell = (exact: number) => {
  const change = exact - all.exact;
  return `${exact}${change === 0 ? '' : ` (${change > 0 ? '+' : '−'}${Math.abs(change)})`}`;
};
const rows: string[] = [];
for (const [kind, name] of SITES)
  for (let layer = 0; layer < layers; layer++) {
    const cells: string[] = [];
    for (let head = 0; head < heads; head++) {
      const { exact } = await exactMatchWithHeadsOff(model, sample.pairs, [{ kind, layer, head }]);
      cells.push(cell(exact));
    }
    rows.push(`| ${name} | ${layer + 1} | ${cells.join(' | ')} |`);
  }
const seconds = (performance.now() - started) / 1000;

console.log(
  `Exact matches of ${all.total} test sentences (${sample.skipped} of the sample left out for ` +
    `unknown words) with one head switched off; all heads on: ${all.exact}.\n`,
);
const headers = Array.from({ length: heads }, (_, h) => `head ${h + 1}`);
console.log(`| site | layer | ${headers.join(' | ')} |`);
console.log(`| --- | --- | ${headers.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(row);
console.log(`\n${1 + SITES.length * layers * heads} runs in ${seconds.toFixed(1)} s`);
