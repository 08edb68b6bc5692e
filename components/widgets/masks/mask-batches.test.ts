import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFromBytes } from '../../../src/models/model-bundle';
import { TranslationSession } from '../../../src/translation/translation-session';
import { translateBatch } from './mask-batches';
import { BOS, OTHER_SENTENCES } from './masks';

describe('translateBatch', () => {
  it('gives the decoder’s batch: every sentence’s translation by the model after <bos>', async () => {
    const bundle = modelFromBytes(readFileSync('public/models/transformer/weights.bin'));
    const session = new TranslationSession(bundle.model);
    const model = { kind: 'transformer', source: 'transformer', bundle, session } as const;
    const seed = ['she', 'is', 'eating', 'a', 'green', 'apple'];
    const { value, run } = await translateBatch(model, seed, 'ts');
    expect(value.source).toEqual([seed, ...OTHER_SENTENCES]);
    expect(value.target).toHaveLength(3);
    expect(value.target[0]!.join('')).toBe(`${BOS}她在吃一个绿色的苹果`);
    for (const row of value.target) expect(row[0]).toBe(BOS);
    expect(run.backend).toBe('ts');
  });
});
