import { combineRuns } from '../../translation/combine-runs';
import type { ModelSource, Perform } from '../../translation/model-job.svelte';
import type { BackendChoice } from '../../../src/runtime/backend-names';
import type { RunSummary } from '../../../src/runtime/program-runner';
import { greedy, type Decoding } from '../../../src/translation/decoding';
import type { GraphRun } from '../../../src/translation/translation-session';
import type {
  StepFunction,
  TranslationSession,
} from '../../../src/translation/translation-session';
import type { Vocabulary } from '../../../src/text/vocabulary';

/** One sentence translated by one model: both token sequences and every decoding step. */
export interface Translation {
  readonly kind: ModelSource;
  /** The backend choice it was computed for. */
  readonly choice: BackendChoice;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly decoding: Decoding;
  /** The whole translation (encoder and every decoder step) as one run, for the switcher. */
  readonly run: RunSummary;
}

/** Encodes `tokens` and decodes greedily on `choice`. */
export async function translate(
  kind: ModelSource,
  session: TranslationSession,
  vocabularies: { readonly srcVocab: Vocabulary; readonly tgtVocab: Vocabulary },
  tokens: readonly string[],
  choice: BackendChoice,
): Promise<Translation> {
  const ids = vocabularies.srcVocab.encode(tokens);
  const encoded = await session.encode(ids, choice);
  const stepper = session.stepper(choice);
  const stepRuns: GraphRun[] = [];
  const step: StepFunction = async (state, token) => {
    const result = await stepper(state, token);
    stepRuns.push(result);
    return result;
  };
  const decoding = await greedy({ start: encoded.start, step, sourceLength: ids.length });
  return {
    kind,
    choice,
    source: tokens,
    target: vocabularies.tgtVocab.decode(decoding.tokens),
    decoding,
    run: combineRuns([encoded, ...stepRuns]),
  };
}

/** The job a translation cell runs: a greedy translation of the checked sentence. */
export const performTranslation: Perform<Translation> = async (model, tokens, choice) => {
  const value = await translate(model.source, model.session, model.bundle, tokens, choice);
  return { value, run: value.run };
};

/**
 * Completions of the word being typed, as whole-sentence options for a `<datalist>`: the text up
 * to the last word followed by each known word that starts with it (most frequent first).
 */
export function sentenceCompletions(
  text: string,
  words: readonly string[],
  limit = 8,
): readonly string[] {
  const match = /([a-z']+)$/i.exec(text);
  if (!match) return [];
  const partial = match[1]!.toLowerCase();
  const head = text.slice(0, text.length - partial.length);
  return words
    .filter((word) => word.startsWith(partial) && word !== partial)
    .slice(0, limit)
    .map((word) => head + word);
}

/** `text` with every whole-word occurrence of `word` (any case) replaced by `replacement`. */
export function replaceWord(text: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![a-z0-9'])${escaped}(?![a-z0-9'])`, 'gi'), replacement);
}
