import { describe, expect, it } from 'vitest';
import { BOS_ID, EOS_ID, PAD_ID, UNK_ID, Vocabulary } from './vocabulary';

const vocabulary = Vocabulary.fromSentences([
  ['she', 'is', 'eating'],
  ['he', 'is', 'eating', 'a', 'cake'],
  ['is', 'she', '?'],
]);

describe('Vocabulary', () => {
  it('reserves <pad>=0, <bos>=1, <eos>=2, <unk>=3', () => {
    expect([PAD_ID, BOS_ID, EOS_ID, UNK_ID].map((id) => vocabulary.token(id))).toEqual([
      '<pad>',
      '<bos>',
      '<eos>',
      '<unk>',
    ]);
  });

  it('orders words by frequency, then code point', () => {
    expect(vocabulary.words).toEqual(['is', 'eating', 'she', '?', 'a', 'cake', 'he']);
    expect(vocabulary.size).toBe(11);
  });

  it('maps tokens to ids and back, unknown tokens to <unk>', () => {
    expect(vocabulary.id('is')).toBe(4);
    expect(vocabulary.id('apple')).toBe(UNK_ID);
    expect(vocabulary.has('apple')).toBe(false);
    expect(() => vocabulary.token(99)).toThrow(RangeError);
  });

  it('encodes with optional <bos>/<eos> and decodes up to <eos>', () => {
    const ids = vocabulary.encode(['she', 'is', 'eating', 'pie'], { bos: true, eos: true });
    expect(ids).toEqual([BOS_ID, 6, 4, 5, UNK_ID, EOS_ID]);
    expect(vocabulary.decode([...ids, 7, PAD_ID])).toEqual(['she', 'is', 'eating', '<unk>']);
    expect(vocabulary.encode(['she'])).toEqual([6]);
  });

  it('round-trips through JSON', () => {
    const restored = Vocabulary.fromJSON(JSON.parse(JSON.stringify(vocabulary)));
    expect(restored.toJSON()).toEqual(vocabulary.toJSON());
    expect(restored.id('cake')).toBe(vocabulary.id('cake'));
  });

  it('rejects malformed JSON', () => {
    expect(() => Vocabulary.fromJSON(null)).toThrow(TypeError);
    expect(() => Vocabulary.fromJSON({ tokens: [1, 2] })).toThrow(TypeError);
    expect(() => Vocabulary.fromJSON({ tokens: ['a', '<bos>', '<eos>', '<unk>'] })).toThrow(
      /start with/,
    );
    expect(() =>
      Vocabulary.fromJSON({ tokens: ['<pad>', '<bos>', '<eos>', '<unk>', 'a', 'a'] }),
    ).toThrow(/repeat/);
  });
});
