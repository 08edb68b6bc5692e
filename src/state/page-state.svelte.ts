/**
 * Choices shared by every cell of one page. Each page load gets its own module instance, and
 * every island on the page imports this same instance, so a choice made in one cell reaches the
 * others. (The page's sentence lives in components/translation/page-sentence.svelte.ts.)
 */
class PageState {
  /** The attention head the reader has chosen, where a cell shows one head at a time. */
  head = $state(0);
}

/** The page's shared state. */
export const pageState = new PageState();
