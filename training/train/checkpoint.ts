import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusOptions } from '../data/corpus';
import { modelFromBytes, type ModelBundle } from '../../src/models/model-bundle';
import type { Seq2SeqModel } from '../../src/models/seq2seq';
import type { CheckpointMetadata as StoredMetadata } from '../../src/models/training-record';
import { MODEL_FILES } from '../../src/models/model-card';
import { encodeWeights, type WeightsDtype } from '../../src/models/weights-format';

/** What a checkpoint stores beside the weights, with the corpus options typed for training. */
export interface CheckpointMetadata extends Omit<StoredMetadata, 'corpusOptions'> {
  /** Overrides of the default corpus options used in training (they also decide the test split). */
  readonly corpusOptions: Partial<CorpusOptions>;
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
