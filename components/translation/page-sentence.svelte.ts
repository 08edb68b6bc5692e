import { carriedSentence, carrySentence } from './carried-sentence';

/** The seed article's running example, the sentence every translation widget starts from. */
export const SEED_ENGLISH = 'she is eating a green apple';

/**
 * The English sentence shared by every cell of the page: islands import this one module, so what
 * the reader types in one cell flows through the chapter's other cells. It is kept for the tab's
 * session, so the same chapter in the other language (the language switch) starts from it.
 */
class PageSentence {
  #text = $state(carriedSentence() ?? SEED_ENGLISH);

  /** The sentence as last typed, whether or not a cell can use it. */
  get text(): string {
    return this.#text;
  }

  set text(value: string) {
    this.#text = value;
    carrySentence(value);
  }
}

/** The page's sentence. */
export const pageSentence = new PageSentence();
