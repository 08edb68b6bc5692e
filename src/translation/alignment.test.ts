import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFromBytes } from '../models/model-bundle';
import { alignSentence } from './align-sentence';
import { alignmentOf } from './alignment';
import type { Decoding, DecodingStep } from './decoding';

function stepWith(cross: number[][][]): DecodingStep {
  return {
    position: 0,
    input: 0,
    chosen: 0,
    top: [],
    attention: { cross, self: [] },
    outputs: {},
    backend: 'ts',
  };
}

describe('alignmentOf', () => {
  it('averages the last layer over heads, one row per written word', () => {
    const first = [
      [[0.9, 0.1]],
      [
        [0.2, 0.8],
        [0.6, 0.4],
      ],
    ];
    const decoding: Decoding = {
      tokens: [5],
      steps: [stepWith(first), stepWith([[[0, 1]]])],
      finished: true,
    };
    const { weights } = alignmentOf(['a', 'b'], ['甲'], decoding);
    // Only the step that wrote 甲, and only its last layer: ((0.2 + 0.6) / 2, (0.8 + 0.4) / 2).
    expect(weights).toHaveLength(1);
    expect(weights[0]![0]).toBeCloseTo(0.4, 12);
    expect(weights[0]![1]).toBeCloseTo(0.6, 12);
  });
});

describe('alignSentence', () => {
  const bundle = modelFromBytes(readFileSync('public/models/transformer/weights.bin'));

  it('translates the seed sentence with rows that are distributions over its words', async () => {
    const alignment = await alignSentence(bundle, 'She is eating a green apple.');
    expect(alignment.source).toEqual(['she', 'is', 'eating', 'a', 'green', 'apple']);
    expect(alignment.target.join('')).toBe('她在吃一个绿色的苹果');
    for (const row of alignment.weights) {
      expect(row).toHaveLength(6);
      expect(row.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 5);
    }
  });

  it('refuses a sentence with a word the model does not know, naming it', async () => {
    await expect(alignSentence(bundle, 'she is eating a volcano')).rejects.toThrow(/volcano/);
  });
});
