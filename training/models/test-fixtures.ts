import { buildCorpus } from '../data/corpus';
import { Vocabulary } from '../data/vocabulary';
import { AttentionSeq2Seq } from './attention-seq2seq';
import { GruSeq2Seq } from './gru-seq2seq';
import type { Seq2SeqModel } from './seq2seq';
import { Transformer } from './transformer';

/** A seeded slice of short pairs as ids, with the vocabulary sizes (for fast tests). */
export function tinyCorpus(count: number, maxLength = 6) {
  const { train } = buildCorpus({
    seed: 7,
    trainSize: 400,
    validationSize: 0,
    testSize: 0,
    bucketSize: 0,
  });
  const pairs = train.filter(({ en }) => en.length <= maxLength).slice(0, count);
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
