import { describe, expect, it } from 'vitest';
import { Tensor } from '../../../src/engine';
import type { GraphRun } from '../../../src/translation/translation-session';
import { TranslationSession } from '../../../src/translation/translation-session';
import { Vocabulary } from '../../../src/text/vocabulary';
import { tinyModels } from '../../../src/models/test-fixtures';
import { combineRuns } from '../../translation/combine-runs';
import { MODEL_KINDS } from '../../../src/models/model-spec';
import { replaceWord, sentenceCompletions, translate } from './translate';

const words = ['she', 'is', 'eating', 'eats', 'a', 'green', 'apple', 'apples'];

describe('sentenceCompletions', () => {
  it('completes the last partial word, keeping the text before it', () => {
    expect(sentenceCompletions('she is ea', words)).toEqual(['she is eating', 'she is eats']);
    expect(sentenceCompletions('an app', words, 1)).toEqual(['an apple']);
  });

  it('offers nothing after a space, for a whole word, or for no match', () => {
    expect(sentenceCompletions('she is ', words)).toEqual([]);
    expect(sentenceCompletions('she is', words)).toEqual([]);
    expect(sentenceCompletions('she xyz', words)).toEqual([]);
    expect(sentenceCompletions('', words)).toEqual([]);
  });
});

describe('replaceWord', () => {
  it('replaces whole words in any case and nothing inside other words', () => {
    expect(replaceWord('She eats an aple. Aple!', 'aple', 'apple')).toBe(
      'She eats an apple. apple!',
    );
    expect(replaceWord('grapes and apes', 'apes', 'apples')).toBe('grapes and apples');
  });

  it('treats regular-expression characters literally', () => {
    expect(replaceWord('a+b a', 'a+b', 'c')).toBe('c a');
  });
});

function run(backend: GraphRun['backend'], elapsedMs: number, extra: Partial<GraphRun> = {}) {
  const outputs = { last: new Tensor(Float32Array.of(elapsedMs), [1]) };
  return { outputs, backend, fallbacks: [], elapsedMs, ...extra } satisfies GraphRun;
}

describe('combineRuns', () => {
  it('adds the times, keeps the last backend and every fallback once, and the worst check', () => {
    const skipped = { backend: 'webgpu' as const, reason: 'no adapter' };
    const combined = combineRuns([
      run('wasm', 2, {
        fallbacks: [skipped],
        crossCheck: { maxAbsDiff: 1e-6, matches: true, tolerance: 1e-4, at: 1 },
      }),
      run('wasm', 3, {
        fallbacks: [skipped],
        crossCheck: { maxAbsDiff: 3e-6, matches: true, tolerance: 1e-4, at: 1 },
      }),
    ]);
    expect(combined.backend).toBe('wasm');
    expect(combined.elapsedMs).toBe(5);
    expect(combined.fallbacks).toEqual([skipped]);
    expect(combined.crossCheck).toEqual({
      maxAbsDiff: 3e-6,
      matches: true,
      tolerance: 1e-4,
      at: 1,
    });
  });

  it('has no cross-check when only the reference ran', () => {
    expect(combineRuns([run('ts', 1)]).crossCheck).toBeUndefined();
  });
});

describe('translate', () => {
  const srcVocab = Vocabulary.fromSentences([words]);
  const tgtVocab = Vocabulary.fromSentences([['她', '在', '吃', '苹果']]);
  const models = tinyModels(srcVocab.size, tgtVocab.size);

  it.each(MODEL_KINDS)('decodes with the %s model and names both token sequences', async (kind) => {
    const session = new TranslationSession(models[kind]!);
    const tokens = ['she', 'eats', 'a', 'green', 'apple'];
    const result = await translate(kind, session, { srcVocab, tgtVocab }, tokens, 'ts');
    expect(result.kind).toBe(kind);
    expect(result.source).toEqual(tokens);
    expect(result.target).toEqual(tgtVocab.decode(result.decoding.tokens));
    expect(result.run.backend).toBe('ts');
    expect(result.run.elapsedMs).toBeGreaterThanOrEqual(0);
    const steps = result.decoding.steps.length;
    expect(steps).toBe(result.decoding.tokens.length + (result.decoding.finished ? 1 : 0));
  });
});
