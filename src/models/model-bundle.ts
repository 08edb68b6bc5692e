import { Vocabulary } from '../text/vocabulary';
import { runNow, runYielding, type Resumable } from '../runtime/yield-to-main';
import type { Seq2SeqModel } from './seq2seq';
import type { CheckpointMetadata } from './training-record';
import { createModel } from './model-spec';
import { decodingWeights, loadInto } from './weights-format';

/** A trained model restored from its weights file, with its vocabularies and training record. */
export interface ModelBundle extends Omit<CheckpointMetadata, 'srcVocab' | 'tgtVocab'> {
  readonly model: Seq2SeqModel;
  readonly srcVocab: Vocabulary;
  readonly tgtVocab: Vocabulary;
}

/** Rebuilds a model from the bytes of a weights file (config and vocabularies in its header). */
export function modelFromBytes(bytes: Uint8Array): ModelBundle {
  return runNow(buildingModel(bytes));
}

/** {@link modelFromBytes} in short tasks, so the page stays responsive while a model is built. */
export function modelFromBytesYielding(bytes: Uint8Array): Promise<ModelBundle> {
  return runYielding(buildingModel(bytes));
}

function* buildingModel(bytes: Uint8Array): Resumable<ModelBundle> {
  const { tensors, metadata } = yield* decodingWeights(bytes);
  const { srcVocab, tgtVocab, ...rest } = metadata as CheckpointMetadata;
  yield;
  // Every parameter is overwritten just below: drawing random values first would be wasted.
  const model = createModel(rest.spec, 'zeros');
  yield;
  loadInto(model.parameters(), tensors);
  yield;
  return {
    ...rest,
    model,
    srcVocab: Vocabulary.fromJSON(srcVocab),
    tgtVocab: Vocabulary.fromJSON(tgtVocab),
  };
}
