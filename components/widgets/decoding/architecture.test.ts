import { describe, expect, it } from 'vitest';
import { TranslationSession } from '../../../src/translation/translation-session';
import { Vocabulary } from '../../../src/text/vocabulary';
import { tinyModels } from '../../../src/models/test-fixtures';
import {
  BLOCKS,
  blockView,
  FIGURE,
  layerCount,
  SHOWN_DIMENSIONS,
  wrapLabel,
  type BlockId,
} from './architecture';
import { decodeSentence } from './decode-run';

const srcVocab = Vocabulary.fromSentences([['she', 'is', 'eating', 'a', 'green', 'apple']]);
const tgtVocab = Vocabulary.fromSentences([['她', '在', '吃', '一', '个', '绿色', '的', '苹果']]);
const session = new TranslationSession(tinyModels(srcVocab.size, tgtVocab.size)['transformer']!);
const source = ['she', 'is', 'eating', 'a', 'green', 'apple'];
const decoded = decodeSentence(session, { srcVocab, tgtVocab }, source, 'ts');

async function viewOf(id: BlockId, layer = 0) {
  const { encoded, decoding } = await decoded;
  return blockView(id, layer, { source, encoded, decoding, targetToken: (t) => tgtVocab.token(t) });
}

describe('the architecture figure', () => {
  it('has every block inside the figure and no two overlapping', () => {
    for (const a of BLOCKS) {
      expect(a.x >= 0 && a.y >= 0).toBe(true);
      expect(a.x + a.width).toBeLessThanOrEqual(FIGURE.width);
      expect(a.y + a.height).toBeLessThanOrEqual(FIGURE.height);
      for (const b of BLOCKS) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
    }
  });

  it('wraps labels at spaces, and Chinese by characters', () => {
    expect(wrapLabel('Multi-head self-attention', 11)).toEqual(['Multi-head', 'self-attention']);
    expect(wrapLabel('带掩码的多头自注意力', 6)).toEqual(['带掩码的多头', '自注意力']);
    expect(wrapLabel('Feed-forward', 20)).toEqual(['Feed-forward']);
  });
});

describe('blockView', () => {
  it('counts the layers from the encoder outputs', async () => {
    expect(layerCount((await decoded).encoded)).toBe(2);
  });

  it('shows the embeddings per English token, cut to the first dimensions', async () => {
    const view = await viewOf('inputEmbedding');
    if (view.kind !== 'vectors') throw new Error(view.kind);
    expect(view.total).toBe(32);
    expect(view.matrix.rows).toBe(source.length);
    expect(view.matrix.columns).toBe(SHOWN_DIMENSIONS);
    const embedded = (await decoded).encoded.outputs['embedded']!;
    expect(view.matrix.data[SHOWN_DIMENSIONS]).toBe(embedded.data[32]);
  });

  it('shows each encoder head as a row-stochastic S × S matrix', async () => {
    const view = await viewOf('encoderSelfAttention', 1);
    if (view.kind !== 'heads') throw new Error(view.kind);
    expect(view.heads).toHaveLength(4);
    for (const head of view.heads) {
      expect([head.rows, head.columns]).toEqual([6, 6]);
      for (let i = 0; i < 6; i++)
        expect(head.data.subarray(i * 6, i * 6 + 6).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    }
  });

  it('hatches the future in the masked self-attention', async () => {
    const { decoding } = await decoded;
    const view = await viewOf('decoderSelfAttention');
    if (view.kind !== 'heads') throw new Error(view.kind);
    const t = decoding.steps.length;
    const head = view.heads[0]!;
    expect([head.rows, head.columns]).toEqual([t, t]);
    expect(head.dimmed?.size).toBe((t * (t - 1)) / 2);
    for (let i = 0; i < t; i++) {
      let total = 0;
      for (let j = 0; j < t; j++) {
        const v = head.data[i * t + j]!;
        if (j > i) {
          expect(head.dimmed?.has(i * t + j)).toBe(true);
          expect(v).toBe(0);
        }
        total += v;
      }
      expect(total).toBeCloseTo(1, 5);
    }
  });

  it('shows the cross-attention of every step over the English words', async () => {
    const view = await viewOf('decoderCrossAttention');
    if (view.kind !== 'heads') throw new Error(view.kind);
    expect(view.heads[0]!.columnLabels).toEqual(source);
    expect(view.heads[0]!.dimmed).toBeUndefined();
  });

  it('shows the decoder inputs shifted right and the softmax of every step', async () => {
    const { decoding } = await decoded;
    const inputs = await viewOf('outputEmbedding');
    if (inputs.kind !== 'inputs') throw new Error(inputs.kind);
    expect(inputs.tokens[0]).toBe('<bos>');
    expect(inputs.tokens).toHaveLength(decoding.steps.length);
    const softmax = await viewOf('linearSoftmax');
    if (softmax.kind !== 'softmax') throw new Error(softmax.kind);
    expect(softmax.rows[0]!.top).toEqual(decoding.steps[0]!.top);
    for (const id of ['decoderFeedForward', 'decoderAddNorm3', 'encoderAddNorm2'] as const) {
      const view = await viewOf(id, 1);
      expect(view.kind).toBe('vectors');
    }
  });
});
