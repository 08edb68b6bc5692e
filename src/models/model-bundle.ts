import { Vocabulary } from '../text/vocabulary';
import type { Seq2SeqModel } from './seq2seq';
import type { CheckpointMetadata } from './training-record';
import { createModel } from './model-spec';
import { decodeWeights, loadInto } from './weights-format';

/** A trained model restored from its weights file, with its vocabularies and training record. */
export interface ModelBundle extends Omit<CheckpointMetadata, 'srcVocab' | 'tgtVocab'> {
  readonly model: Seq2SeqModel;
  readonly srcVocab: Vocabulary;
  readonly tgtVocab: Vocabulary;
}

/** Rebuilds a model from the bytes of a weights file (config and vocabularies in its header). */
export function modelFromBytes(bytes: Uint8Array): ModelBundle {
  const { tensors, metadata } = decodeWeights(bytes);
  const { srcVocab, tgtVocab, ...rest } = metadata as CheckpointMetadata;
  const model = createModel(rest.spec);
  loadInto(model.parameters(), tensors);
  return {
    ...rest,
    model,
    srcVocab: Vocabulary.fromJSON(srcVocab),
    tgtVocab: Vocabulary.fromJSON(tgtVocab),
  };
}
