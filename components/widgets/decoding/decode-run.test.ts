import { describe, expect, it } from 'vitest';
import { Tensor } from '../../../src/engine';
import { TranslationSession } from '../../../src/translation/translation-session';
import { Vocabulary } from '../../../src/text/vocabulary';
import { tinyModels } from '../../../src/models/test-fixtures';
import { MAX_TARGET_TOKENS } from '../../../src/models/step-graphs';
import { combineRuns } from '../../translation/combine-runs';
import {
  crossAttentionRows,
  decodeSentence,
  filledSlots,
  isBeam,
  writtenSoFar,
} from './decode-run';

const srcVocab = Vocabulary.fromSentences([['she', 'is', 'eating', 'a', 'green', 'apple']]);
const tgtVocab = Vocabulary.fromSentences([['她', '在', '吃', '一', '个', '绿色', '的', '苹果']]);
const vocabularies = { srcVocab, tgtVocab };
const models = tinyModels(srcVocab.size, tgtVocab.size);
const session = new TranslationSession(models['transformer']!);
const tokens = ['she', 'is', 'eating', 'a', 'green', 'apple'];
const greedyRun = decodeSentence(session, vocabularies, tokens, 'ts');

describe('decodeSentence', () => {
  it('gives the greedy translation from a beam of width 1', async () => {
    const greedy = await greedyRun;
    const beam = await decodeSentence(session, vocabularies, tokens, 'ts', {
      kind: 'beam',
      width: 1,
    });
    expect(isBeam(greedy.decoding)).toBe(false);
    expect(isBeam(beam.decoding)).toBe(true);
    expect(beam.target).toEqual(greedy.target);
    expect(beam.decoding.steps.map((s) => s.chosen)).toEqual(
      greedy.decoding.steps.map((s) => s.chosen),
    );
    expect(greedy.source).toEqual(tokens);
    expect(greedy.target).toEqual(tgtVocab.decode(greedy.decoding.tokens));
  });

  it('samples the same tokens twice from one seed', async () => {
    const strategy = { kind: 'sample', temperature: 1.5, topK: 0, seed: 11 } as const;
    const [a, b] = [
      await decodeSentence(session, vocabularies, tokens, 'ts', strategy),
      await decodeSentence(session, vocabularies, tokens, 'ts', strategy),
    ];
    expect(a.decoding.tokens).toEqual(b.decoding.tokens);
  });

  it('sums up the encoder and every step as one run', async () => {
    const { run, decoding } = await greedyRun;
    expect(run.backend).toBe('ts');
    expect(run.fallbacks).toEqual([]);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(decoding.steps.length).toBeGreaterThan(0);
  });
});

describe('the step views', () => {
  it('count one more filled cache slot per step, out of 48', async () => {
    const { decoding } = await greedyRun;
    decoding.steps.forEach((step, i) =>
      expect(filledSlots(step)).toEqual({ filled: i + 1, total: MAX_TARGET_TOKENS }),
    );
  });

  it('give one cross-attention row per head and their mean, each summing to 1', async () => {
    const { decoding } = await greedyRun;
    const rows = crossAttentionRows(decoding.steps[0]!);
    expect(rows).toHaveLength(4 + 1);
    for (const row of rows) {
      expect(row).toHaveLength(tokens.length);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
    const mean = rows.at(-1)!;
    expect(mean[0]).toBeCloseTo(rows.slice(0, -1).reduce((s, r) => s + r[0]!, 0) / 4, 6);
  });

  it('write the chosen tokens up to a step', async () => {
    const { decoding } = await greedyRun;
    const ids = decoding.steps.slice(0, 2).map((s) => s.chosen);
    expect(writtenSoFar(decoding, 1, tgtVocab)).toEqual(tgtVocab.decode(ids));
  });
});

describe('combineRuns', () => {
  it('adds the times, keeps the last backend and the worst cross-check', () => {
    const result = new Tensor(Float32Array.of(1), [1]);
    const run = combineRuns([
      {
        outputs: { a: result },
        backend: 'wasm',
        elapsedMs: 2,
        fallbacks: [{ backend: 'webgpu', reason: 'none' }],
        crossCheck: { maxAbsDiff: 1e-6, matches: true, tolerance: 1e-4, at: 1 },
      },
      {
        outputs: { b: result },
        backend: 'wasm',
        elapsedMs: 3,
        fallbacks: [],
        crossCheck: { maxAbsDiff: 1e-5, matches: true, tolerance: 1e-4, at: 1 },
      },
    ]);
    expect(run.elapsedMs).toBe(5);
    expect(run.backend).toBe('wasm');
    expect(run.fallbacks).toEqual([{ backend: 'webgpu', reason: 'none' }]);
    expect(run.crossCheck).toEqual({ maxAbsDiff: 1e-5, matches: true, tolerance: 1e-4, at: 1 });
  });

  it('has no cross-check when the reference ran', () => {
    const t = new Tensor(Float32Array.of(1), [1]);
    const run = combineRuns([{ outputs: { a: t }, backend: 'ts', elapsedMs: 1, fallbacks: [] }]);
    expect(run.crossCheck).toBeUndefined();
  });
});
