import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusOptions } from '../data/corpus';
import { Vocabulary, type VocabularyJSON } from '../data/vocabulary';
import type { Seq2SeqModel } from '../models/seq2seq';
import { createModel, type ModelSpec } from './model-factory';
import type { EpochLog } from './train-loop';
import { decodeWeights, encodeWeights, loadInto, type WeightsDtype } from './weights-format';

/** What a checkpoint stores beside the weights: enough to rebuild and run the model. */
export interface CheckpointMetadata {
  readonly spec: ModelSpec;
  /** Overrides of the default corpus options used in training (they also decide the test split). */
  readonly corpusOptions: Partial<CorpusOptions>;
  readonly srcVocab: VocabularyJSON;
  readonly tgtVocab: VocabularyJSON;
  readonly history: readonly EpochLog[];
}

/** A model restored from a checkpoint, with its vocabularies. */
export interface Checkpoint {
  readonly model: Seq2SeqModel;
  readonly spec: ModelSpec;
  readonly corpusOptions: Partial<CorpusOptions>;
  readonly srcVocab: Vocabulary;
  readonly tgtVocab: Vocabulary;
  readonly history: readonly EpochLog[];
}

/** File name of the weights inside a checkpoint directory. */
export const WEIGHTS_FILE = 'weights.bin';

/** Writes `dir/weights.bin` (config and vocabularies in its header) and a readable `dir/history.json`. */
export function saveCheckpoint(
  dir: string,
  model: Seq2SeqModel,
  metadata: CheckpointMetadata,
  dtype: WeightsDtype = 'float32',
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, WEIGHTS_FILE), encodeWeights(model.parameters(), { dtype, metadata }));
  writeFileSync(
    join(dir, 'history.json'),
    `${JSON.stringify({ spec: metadata.spec, history: metadata.history }, null, 2)}\n`,
  );
}

/** Rebuilds the model saved in `dir` and loads its weights. */
export function loadCheckpoint(dir: string): Checkpoint {
  const { tensors, metadata } = decodeWeights(readFileSync(join(dir, WEIGHTS_FILE)));
  const { spec, corpusOptions, srcVocab, tgtVocab, history } = metadata as CheckpointMetadata;
  const model = createModel(spec);
  loadInto(model.parameters(), tensors);
  return {
    model,
    spec,
    corpusOptions,
    srcVocab: Vocabulary.fromJSON(srcVocab),
    tgtVocab: Vocabulary.fromJSON(tgtVocab),
    history,
  };
}
