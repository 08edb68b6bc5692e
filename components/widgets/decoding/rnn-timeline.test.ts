import { describe, expect, it } from 'vitest';
import { TranslationSession } from '../../../src/translation/translation-session';
import { Vocabulary } from '../../../src/text/vocabulary';
import { tinyModels } from '../../../src/models/test-fixtures';
import { decodeSentence } from './decode-run';
import { moveIndex, rnnFrames, sharedExtent } from './rnn-timeline';

const srcVocab = Vocabulary.fromSentences([['she', 'is', 'eating', 'a', 'green', 'apple']]);
const tgtVocab = Vocabulary.fromSentences([['她', '在', '吃', '一', '个', '绿色', '的', '苹果']]);
const session = new TranslationSession(tinyModels(srcVocab.size, tgtVocab.size)['gru']!);
const tokens = ['she', 'eating', 'green', 'apple'];

describe('rnnFrames', () => {
  it('reads every source token, then the context, then every decoder step', async () => {
    const { encoded, decoding } = await decodeSentence(
      session,
      { srcVocab, tgtVocab },
      tokens,
      'ts',
    );
    const frames = rnnFrames(tokens, encoded, decoding);
    expect(frames).toHaveLength(tokens.length + 1 + decoding.steps.length);
    expect(frames.slice(0, tokens.length).map((f) => f.phase === 'encode' && f.token)).toEqual(
      tokens,
    );
    const states = encoded.outputs['states']!;
    const size = states.shape[2]!;
    const second = frames[1]!;
    expect([...second.state]).toEqual([...states.data.subarray(size, 2 * size)]);
    const context = frames[tokens.length]!;
    expect(context.phase).toBe('context');
    // The context vector is the encoder's state after the last real token.
    expect([...context.state]).toEqual([...frames[tokens.length - 1]!.state]);
    const first = frames[tokens.length + 1]!;
    expect(first.phase === 'decode' && first.chosen).toBe(decoding.steps[0]!.chosen);
    expect(first.state).toHaveLength(size);
  });
});

describe('sharedExtent', () => {
  it('is the largest magnitude of every state, or 1 when all are 0', () => {
    const frames = [
      { phase: 'context', state: Float32Array.of(0.5, -2) },
      { phase: 'context', state: Float32Array.of(1) },
    ] as const;
    expect(sharedExtent(frames)).toBe(2);
    expect(sharedExtent([{ phase: 'context', state: new Float32Array(3) }])).toBe(1);
  });
});

describe('moveIndex', () => {
  it('moves within the frames', () => {
    expect(moveIndex(0, -1, 5)).toBe(0);
    expect(moveIndex(3, 1, 5)).toBe(4);
    expect(moveIndex(4, 1, 5)).toBe(4);
  });
});
