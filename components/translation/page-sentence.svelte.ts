/** The seed article's running example, the sentence every translation widget starts from. */
export const SEED_ENGLISH = 'she is eating a green apple';

/**
 * The English sentence shared by every translation widget on the page: islands import this one
 * module, so what the reader types in one cell flows through the chapter's other cells.
 */
export const pageSentence = $state({ text: SEED_ENGLISH });
