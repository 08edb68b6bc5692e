import { describe, expect, it } from 'vitest';
import { tinyCorpus, tinyModels } from '../../src/models/test-fixtures';
import { trainModel } from './train-loop';

const corpus = tinyCorpus(48, 6);
const examples = corpus.src.map((src, i) => ({ src, tgt: corpus.tgt[i]! }));

describe('smoke training with the real loop (bucketed batches, scheduled Adam, clipping)', () => {
  it.each(['gru', 'attention', 'transformer'])(
    'lowers the %s training loss over ten short epochs',
    (kind) => {
      const lines: string[] = [];
      const history = trainModel(
        tinyModels(corpus.srcVocab, corpus.tgtVocab)[kind]!,
        examples,
        examples.slice(0, 8),
        {
          batchSize: 16,
          // Post-LN Transformers need a gentler, warmed-up rate, as in full training.
          schedule: kind === 'transformer' ? { peak: 0.005, warmup: 5 } : { peak: 0.03, warmup: 0 },
          clip: 1,
          seed: 1,
          epochs: 10,
          validationSample: 8,
          log: (line) => lines.push(line),
        },
      );
      expect(history).toHaveLength(10);
      expect(lines).toHaveLength(10);
      expect(history.at(-1)!.trainLoss).toBeLessThan(0.75 * history[0]!.trainLoss);
      expect(history.at(-1)!.steps).toBe(30);
    },
    60_000,
  );
});
