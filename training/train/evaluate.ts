import { corpusBleu } from '../metrics/bleu';
import { exactMatchAccuracy } from '../../src/learn/exact-match';
import { EOS_ID } from '../../src/text/vocabulary';
import { greedyDecodeBatch } from '../../src/models/decode';
import { MAX_TARGET_TOKENS } from '../../src/models/step-graphs';
import type { StepModel } from '../../src/models/seq2seq';
import type { ModelBundle } from '../../src/models/model-bundle';
import type { Corpus } from '../data/corpus';
import type { SentencePair } from '../data/structure';
import type { Example } from '../../src/learn/example';
import { encodePairs, loadDataset } from './data';
import type { BucketScores, Scores } from '../../src/models/model-card';

/** Greedy translations of every example's source (without <eos>), in input order. */
export function translateAll<S>(
  model: StepModel<S>,
  examples: readonly Example[],
  batchSize = 100,
): number[][] {
  // Decoding sources of similar length together wastes fewer steps on finished rows.
  const order = examples
    .map((_, i) => i)
    .sort((a, b) => examples[a]!.src.length - examples[b]!.src.length);
  const outputs: number[][] = [];
  for (let start = 0; start < order.length; start += batchSize) {
    const indices = order.slice(start, start + batchSize);
    const src = indices.map((i) => examples[i]!.src);
    // The page's cap, so a translation that never ends is scored as the page shows it.
    const decoded = greedyDecodeBatch(model, src, MAX_TARGET_TOKENS);
    indices.forEach((i, k) => (outputs[i] = withoutEos(decoded[k]!)));
  }
  return outputs;
}

function withoutEos(ids: readonly number[]): number[] {
  const end = ids.indexOf(EOS_ID);
  return end === -1 ? [...ids] : ids.slice(0, end);
}

/** Exact-match accuracy and corpus BLEU of greedy translations against the references. */
export function evaluate<S>(
  model: StepModel<S>,
  examples: readonly Example[],
): { exactMatch: number; bleu: number } {
  const outputs = translateAll(model, examples);
  const references = examples.map((e) => e.tgt);
  return {
    exactMatch: exactMatchAccuracy(outputs, references),
    bleu: corpusBleu(outputs, references).bleu,
  };
}

/** The checkpoint's corpus and a function scoring it on any of its sentence pairs. */
export function scorer(checkpoint: ModelBundle): {
  corpus: Corpus;
  score: (pairs: readonly SentencePair[]) => Scores;
} {
  const { corpus } = loadDataset(checkpoint.corpusOptions);
  // The checkpoint's vocabularies define the ids, so encode with them, not freshly built ones.
  const dataset = { corpus, srcVocab: checkpoint.srcVocab, tgtVocab: checkpoint.tgtVocab };
  return {
    corpus,
    score: (pairs) => {
      const examples = encodePairs(dataset, pairs);
      return { examples: examples.length, ...evaluate(checkpoint.model, examples) };
    },
  };
}

/** Scores on the test split and each length bucket (the first `limit` pairs of each). */
export function scoreCheckpoint(
  checkpoint: ModelBundle,
  limit = Infinity,
): { test: Scores; buckets: BucketScores[] } {
  const { corpus, score } = scorer(checkpoint);
  return {
    test: score(corpus.test.slice(0, limit)),
    buckets: corpus.buckets.map(({ min, max, pairs }) => ({
      min,
      max,
      ...score(pairs.slice(0, limit)),
    })),
  };
}
