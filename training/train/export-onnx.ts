import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportModelGraphs } from '../../src/translation/export-graphs';
import { SEED_SENTENCE } from '../data/corpus';
import { renderPair } from '../data/render';
import { loadCheckpoint } from './checkpoint';
import { MODEL_FILES } from '../../src/models/model-card';

/** Writes the encoder and decoder-step ONNX graphs of the model saved in `dir` beside it. */
export function exportOnnx(dir: string): void {
  const { model, srcVocab, tgtVocab } = loadCheckpoint(dir);
  const { en, zh } = renderPair(SEED_SENTENCE);
  const graphs = exportModelGraphs(model, srcVocab.encode(en), tgtVocab.encode(zh)[0]!);
  writeFileSync(join(dir, MODEL_FILES.encoder), graphs.encoder);
  writeFileSync(join(dir, MODEL_FILES.decoder), graphs.decoder);
}
