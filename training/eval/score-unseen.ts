import type { ModelBundle } from '../../src/models/model-bundle';
import { checkInput } from '../../src/text/validate-input';
import { translateAll } from '../train/evaluate';
import { isAccepted, type UnseenSentence } from './unseen';
import { unseenCoverage, type Coverage } from './unseen-coverage';

/** A model on the hand-written sentences: inputs its vocabulary accepts, and translations accepted. */
export interface UnseenScores {
  readonly coverage: Coverage;
  /** Accepted translations over all sentences (a refused input counts as wrong). */
  readonly correct: number;
  readonly accuracy: number;
}

/** Translates every sentence the model's vocabulary accepts (greedy) and checks it against its patterns. */
export function scoreUnseen(
  bundle: ModelBundle,
  sentences: readonly UnseenSentence[],
  maxLength = 30,
): UnseenScores {
  const coverage = unseenCoverage(sentences, bundle.srcVocab, maxLength);
  const inputs = sentences.flatMap((sentence) => {
    const check = checkInput(sentence.english, bundle.srcVocab, maxLength);
    return check.ok ? [{ sentence, src: bundle.srcVocab.encode(check.tokens) }] : [];
  });
  const outputs = translateAll(
    bundle.model,
    inputs.map(({ src }) => ({ src, tgt: [] })),
  );
  const correct = inputs.filter(({ sentence }, i) =>
    isAccepted(sentence, bundle.tgtVocab.decode(outputs[i] ?? [])),
  ).length;
  return { coverage, correct, accuracy: sentences.length === 0 ? 0 : correct / sentences.length };
}
