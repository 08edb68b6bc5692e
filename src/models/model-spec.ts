import { AttentionSeq2Seq, type AttentionSeq2SeqConfig } from './attention-seq2seq';
import { GruSeq2Seq, type GruSeq2SeqConfig } from './gru-seq2seq';
import type { Initialisation } from './parameter-set';
import type { ModelKind, Seq2SeqModel } from './seq2seq';
import { Transformer, type TransformerConfig } from './transformer';

/** A model kind with its full configuration, as stored in a checkpoint. */
export type ModelSpec =
  | { readonly kind: 'gru'; readonly config: GruSeq2SeqConfig }
  | { readonly kind: 'attention'; readonly config: AttentionSeq2SeqConfig }
  | { readonly kind: 'transformer'; readonly config: TransformerConfig };

/** Every model kind, in the order the course introduces them. */
export const MODEL_KINDS: readonly ModelKind[] = ['gru', 'attention', 'transformer'];

/** Builds a freshly initialised model from its spec ('zeros' for one about to load weights). */
export function createModel(
  spec: ModelSpec,
  initialisation: Initialisation = 'random',
): Seq2SeqModel {
  switch (spec.kind) {
    case 'gru':
      return new GruSeq2Seq(spec.config, initialisation) as Seq2SeqModel;
    case 'attention':
      return new AttentionSeq2Seq(spec.config, initialisation) as Seq2SeqModel;
    case 'transformer':
      return new Transformer(spec.config, initialisation) as Seq2SeqModel;
  }
}
