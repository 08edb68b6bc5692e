/**
 * Inputs shared by every cell of one page. Each page load gets its own module instance, and
 * every island on the page imports this same instance, so a sentence typed in one cell flows
 * into the others.
 */
class PageState {
  /** The English sentence the chapter's cells translate and attend over. */
  sentence = $state('she is eating a green apple');
  /** The attention head the reader has chosen, where a cell shows one head at a time. */
  head = $state(0);
}

/** The page's shared state. */
export const pageState = new PageState();
