import { nearestWords } from './edit-distance';
import { isPunctuation, tokenize } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** A message in both languages of the UI. */
export interface BilingualMessage {
  readonly en: string;
  readonly zh: string;
}

/** A word missing from the vocabulary, with up to three close known words. */
export interface UnknownWord {
  readonly word: string;
  readonly suggestions: readonly string[];
}

/** Why user input cannot be translated. */
export type InputError =
  | { readonly kind: 'empty'; readonly message: BilingualMessage }
  | {
      readonly kind: 'unknown-words';
      readonly words: readonly UnknownWord[];
      readonly message: BilingualMessage;
    }
  | {
      readonly kind: 'too-long';
      readonly length: number;
      readonly limit: number;
      readonly message: BilingualMessage;
    };

/** Tokens ready for the encoder, or the reason there are none. */
export type InputCheck =
  | { readonly ok: true; readonly tokens: readonly string[] }
  | { readonly ok: false; readonly error: InputError };

const SUGGESTIONS = 3;

function unknownWordsMessage(words: readonly UnknownWord[]): BilingualMessage {
  const en = words.map(({ word, suggestions }) =>
    suggestions.length === 0 ? `"${word}"` : `"${word}" (did you mean ${suggestions.join(', ')}?)`,
  );
  const zh = words.map(({ word, suggestions }) =>
    suggestions.length === 0 ? `“${word}”` : `“${word}”（是不是 ${suggestions.join('、')}？）`,
  );
  return {
    en: `The model does not know these words: ${en.join('; ')}.`,
    zh: `模型不认识这些词：${zh.join('；')}。`,
  };
}

/**
 * Tokenizes user English and checks it against the source vocabulary. Punctuation the
 * vocabulary lacks (a final "." or "!") is dropped, since it carries nothing the model learned.
 */
export function checkInput(text: string, vocabulary: Vocabulary, maxLength: number): InputCheck {
  const tokens = tokenize(text).filter((token) => !isPunctuation(token) || vocabulary.has(token));
  if (tokens.every(isPunctuation)) {
    return {
      ok: false,
      error: {
        kind: 'empty',
        message: { en: 'Type an English sentence to translate.', zh: '请输入要翻译的英文句子。' },
      },
    };
  }
  if (tokens.length > maxLength) {
    return {
      ok: false,
      error: {
        kind: 'too-long',
        length: tokens.length,
        limit: maxLength,
        message: {
          en: `The sentence has ${tokens.length} tokens; the model takes at most ${maxLength}.`,
          zh: `这个句子有 ${tokens.length} 个词元，模型最多只能处理 ${maxLength} 个。`,
        },
      },
    };
  }
  const candidates = vocabulary.words.filter((word) => !isPunctuation(word));
  const unknown = [...new Set(tokens.filter((token) => !vocabulary.has(token)))];
  if (unknown.length > 0) {
    const words = unknown.map((word) => ({
      word,
      suggestions: nearestWords(word, candidates, SUGGESTIONS),
    }));
    return {
      ok: false,
      error: { kind: 'unknown-words', words, message: unknownWordsMessage(words) },
    };
  }
  return { ok: true, tokens };
}
