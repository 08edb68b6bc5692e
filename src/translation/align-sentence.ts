import type { ModelBundle } from '../models/model-bundle';
import { MAX_SOURCE_TOKENS } from '../models/step-graphs';
import { checkInput } from '../text/validate-input';
import { alignmentOf, type Alignment } from './alignment';
import { greedy } from './decoding';
import { TranslationSession } from './translation-session';

/** Translates `text` greedily on the TypeScript reference and returns its alignment. */
export async function alignSentence(bundle: ModelBundle, text: string): Promise<Alignment> {
  const check = checkInput(text, bundle.srcVocab, MAX_SOURCE_TOKENS);
  if (!check.ok) throw new Error(check.error.message.en);
  const ids = bundle.srcVocab.encode(check.tokens);
  const session = new TranslationSession(bundle.model);
  const encoded = await session.encode(ids, 'ts');
  const decoding = await greedy({
    start: encoded.start,
    step: session.stepper('ts'),
    sourceLength: ids.length,
  });
  return alignmentOf(check.tokens, bundle.tgtVocab.decode(decoding.tokens), decoding);
}
