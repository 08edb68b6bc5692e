import { AttentionSeq2Seq, type AttentionSeq2SeqConfig } from '../models/attention-seq2seq';
import { GruSeq2Seq, type GruSeq2SeqConfig } from '../models/gru-seq2seq';
import type { ModelKind, Seq2SeqModel } from '../models/seq2seq';
import { Transformer, type TransformerConfig } from '../models/transformer';

/** A model kind with its full configuration, as stored in a checkpoint. */
export type ModelSpec =
  | { readonly kind: 'gru'; readonly config: GruSeq2SeqConfig }
  | { readonly kind: 'attention'; readonly config: AttentionSeq2SeqConfig }
  | { readonly kind: 'transformer'; readonly config: TransformerConfig };

/** Every model kind, in the order the course introduces them. */
export const MODEL_KINDS: readonly ModelKind[] = ['gru', 'attention', 'transformer'];

/** The sizes we train by default, for the given vocabulary sizes. */
export function defaultSpec(
  kind: ModelKind,
  srcVocab: number,
  tgtVocab: number,
  seed: number,
): ModelSpec {
  const vocab = { srcVocab, tgtVocab, seed };
  switch (kind) {
    case 'gru':
      return { kind, config: { ...vocab, embedding: 64, hidden: 128 } };
    case 'attention':
      return {
        kind,
        config: { ...vocab, embedding: 64, hidden: 96, attention: 64, bidirectional: true },
      };
    case 'transformer':
      return {
        kind,
        config: {
          ...vocab,
          dModel: 64,
          heads: 4,
          dFF: 128,
          layers: 2,
          maxPositions: 64,
          smoothing: 0.1,
        },
      };
  }
}

/** Builds a freshly initialised model from its spec. */
export function createModel(spec: ModelSpec): Seq2SeqModel {
  switch (spec.kind) {
    case 'gru':
      return new GruSeq2Seq(spec.config) as Seq2SeqModel;
    case 'attention':
      return new AttentionSeq2Seq(spec.config) as Seq2SeqModel;
    case 'transformer':
      return new Transformer(spec.config) as Seq2SeqModel;
  }
}

/** Narrows a CLI string to a model kind. */
export function parseModelKind(value: string | undefined): ModelKind {
  const kind = MODEL_KINDS.find((k) => k === value);
  if (!kind) throw new Error(`--model must be one of ${MODEL_KINDS.join(', ')}`);
  return kind;
}
