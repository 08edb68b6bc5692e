import { describe, expect, it } from 'vitest';
import { greedy } from '../../../src/translation/decoding';
import { TranslationSession } from '../../../src/translation/translation-session';
import { tinyCorpus, tinyModels } from '../../../src/models/test-fixtures';
import { alignmentMatrix, contextVector, extent, matrixRow, moveSelection } from './alignment';

const corpus = tinyCorpus(4, 6);
const model = tinyModels(corpus.srcVocab, corpus.tgtVocab)['attention']!;

async function decode() {
  const session = new TranslationSession(model);
  const src = corpus.src[0]!;
  const encoded = await session.encode(src, 'ts');
  const decoding = await greedy({
    start: encoded.start,
    step: session.stepper('ts'),
    sourceLength: src.length,
  });
  return { decoding, length: src.length };
}

describe('alignmentMatrix', () => {
  it('has one row per generated word, each a distribution over the source words', async () => {
    const { decoding, length } = await decode();
    const matrix = alignmentMatrix(decoding, length);
    expect(matrix.length).toBe(decoding.tokens.length * length);
    for (let i = 0; i < decoding.tokens.length; i++) {
      const row = matrixRow(matrix, length, i);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect([...row]).toEqual(decoding.steps[i]!.attention.cross[0]![0]!.map(Math.fround));
    }
  });
});

describe('contextVector', () => {
  it('is the step output "context" of the attention model, and absent past the end', async () => {
    const { decoding } = await decode();
    expect(contextVector(decoding, 0)).toBe(decoding.steps[0]!.outputs['context']!.data);
    expect(contextVector(decoding, decoding.steps.length)).toBeUndefined();
  });
});

describe('extent', () => {
  it('is the largest magnitude, or 1 for all zeros', () => {
    expect(extent([0.5, -2, 1])).toBe(2);
    expect(extent([0, 0])).toBe(1);
  });
});

describe('moveSelection', () => {
  it('moves with the arrow keys, jumps with Home and End, and stays inside', () => {
    expect(moveSelection(2, 'ArrowRight', 5)).toBe(3);
    expect(moveSelection(2, 'ArrowUp', 5)).toBe(1);
    expect(moveSelection(0, 'ArrowLeft', 5)).toBe(0);
    expect(moveSelection(4, 'ArrowDown', 5)).toBe(4);
    expect(moveSelection(2, 'Home', 5)).toBe(0);
    expect(moveSelection(2, 'End', 5)).toBe(4);
    expect(moveSelection(2, 'a', 5)).toBe(2);
    expect(moveSelection(0, 'End', 0)).toBe(0);
  });
});
