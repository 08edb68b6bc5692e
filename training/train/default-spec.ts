import type { ModelKind } from '../../src/models/seq2seq';
import { MODEL_KINDS, type ModelSpec } from '../../src/models/model-spec';

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

/** Narrows a CLI string to a model kind. */
export function parseModelKind(value: string | undefined): ModelKind {
  const kind = MODEL_KINDS.find((k) => k === value);
  if (!kind) throw new Error(`--model must be one of ${MODEL_KINDS.join(', ')}`);
  return kind;
}
