import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusOptions } from '../data/corpus';
import { modelFromBytes, type ModelBundle } from '../../src/translation/model-bundle';
import type { VocabularyJSON } from '../data/vocabulary';
import type { Seq2SeqModel } from '../models/seq2seq';
import type { ModelSpec } from './model-factory';
import type { EpochLog } from './train-loop';
import { MODEL_FILES } from './model-card';
import { encodeWeights, type WeightsDtype } from './weights-format';

/** What a checkpoint stores beside the weights: enough to rebuild and run the model. */
export interface CheckpointMetadata {
  readonly spec: ModelSpec;
  /** Overrides of the default corpus options used in training (they also decide the test split). */
  readonly corpusOptions: Partial<CorpusOptions>;
  readonly srcVocab: VocabularyJSON;
  readonly tgtVocab: VocabularyJSON;
  readonly history: readonly EpochLog[];
  /** Where it was trained: CPU model, logical cores and Node.js version. */
  readonly machine: TrainingMachine;
}

/** The machine a model was trained on, for its model card. */
export interface TrainingMachine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
}

/** Writes `dir/weights.bin`, with the config, vocabularies and training log in its header. */
export function saveCheckpoint(
  dir: string,
  model: Seq2SeqModel,
  metadata: CheckpointMetadata,
  dtype: WeightsDtype = 'float32',
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, MODEL_FILES.weights),
    encodeWeights(model.parameters(), { dtype, metadata }),
  );
}

/** Rebuilds the model saved in `dir` and loads its weights. */
export function loadCheckpoint(dir: string): ModelBundle {
  return modelFromBytes(readFileSync(join(dir, MODEL_FILES.weights)));
}
