import { sentenceEn } from './render-en';
import { sentenceZh } from './render-zh';
import type { Sentence, SentencePair } from './structure';

/** Renders a sentence structure as its English and Chinese token sequences. */
export function renderPair(sentence: Sentence): SentencePair {
  return { en: sentenceEn(sentence), zh: sentenceZh(sentence) };
}
