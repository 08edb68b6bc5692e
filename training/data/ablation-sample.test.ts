import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ABLATION_SAMPLE_FILE, ABLATION_SAMPLE_SIZE } from '../../src/translation/ablation-sample';
import { buildAblationSample } from './ablation-sample';
import { buildCorpus } from './corpus';

describe("the Transformer's head-ablation sample", () => {
  const corpus = buildCorpus();
  const sample = buildAblationSample(corpus);

  it('is the shipped file (npm run slice rewrites it)', () => {
    const path = `public/models/transformer/${ABLATION_SAMPLE_FILE}`;
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(sample);
  });

  it("holds the test split's first pairs, as words", () => {
    expect(sample.pairs).toHaveLength(ABLATION_SAMPLE_SIZE);
    expect(sample.pairs).toEqual(corpus.test.slice(0, ABLATION_SAMPLE_SIZE));
  });
});
