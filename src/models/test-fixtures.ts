import { Vocabulary } from '../text/vocabulary';
import { AttentionSeq2Seq } from './attention-seq2seq';
import { GruSeq2Seq } from './gru-seq2seq';
import type { Seq2SeqModel } from './seq2seq';
import { Transformer } from './transformer';

const SUBJECTS = [
  ['i', '我'],
  ['you', '你'],
  ['he', '他'],
  ['she', '她'],
] as const;
const VERBS = [
  ['see', '看见'],
  ['like', '喜欢'],
  ['want', '想要'],
  ['have', '有'],
] as const;
const OBJECTS = [
  ['cats', '猫'],
  ['books', '书'],
  ['red apples', '红 苹果'],
  ['the old dog', '那 只 老 狗'],
] as const;

/** 64 hand-written English→Chinese pairs of 3 to 5 tokens, in a fixed order (for fast tests). */
export function tinyPairs(): { en: string[]; zh: string[] }[] {
  return SUBJECTS.flatMap(([se, sz]) =>
    VERBS.flatMap(([ve, vz]) =>
      OBJECTS.map(([oe, oz]) => ({
        en: `${se} ${ve} ${oe}`.split(' '),
        zh: `${sz} ${vz} ${oz}`.split(' '),
      })),
    ),
  );
}

/** The first `count` tiny pairs of at most `maxLength` English tokens as ids, with vocabulary sizes. */
export function tinyCorpus(count: number, maxLength = 6) {
  const pairs = tinyPairs()
    .filter(({ en }) => en.length <= maxLength)
    .slice(0, count);
  const srcVocab = Vocabulary.fromSentences(pairs.map(({ en }) => en));
  const tgtVocab = Vocabulary.fromSentences(pairs.map(({ zh }) => zh));
  return {
    src: pairs.map(({ en }) => srcVocab.encode(en)),
    tgt: pairs.map(({ zh }) => tgtVocab.encode(zh)),
    srcVocab: srcVocab.size,
    tgtVocab: tgtVocab.size,
  };
}

/** Small instances of the three architectures over the given vocabulary sizes. */
export function tinyModels(srcVocab: number, tgtVocab: number): Record<string, Seq2SeqModel> {
  const base = { srcVocab, tgtVocab, seed: 3 };
  return {
    gru: new GruSeq2Seq({ ...base, embedding: 16, hidden: 32 }) as Seq2SeqModel,
    attention: new AttentionSeq2Seq({
      ...base,
      embedding: 16,
      hidden: 32,
      attention: 16,
      bidirectional: true,
    }) as Seq2SeqModel,
    transformer: new Transformer({
      ...base,
      dModel: 32,
      heads: 4,
      dFF: 64,
      layers: 2,
      maxPositions: 64,
      smoothing: 0.1,
    }) as Seq2SeqModel,
  };
}

/** The longest run of one token in `ids`, counted without the repetition guard's code. */
export function longestRun(ids: readonly number[]): number {
  let [run, longest] = [0, 0];
  ids.forEach((id, i) => {
    run = id === ids[i - 1] ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}
