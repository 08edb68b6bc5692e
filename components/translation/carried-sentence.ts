/** The sessionStorage key of a chapter's sentence: the path without its language, so both share it. */
export function sentenceKey(pathname: string): string {
  return `sentence:${pathname.replace(/^\/[^/]+/, '')}`;
}

/** The sentence last typed on this chapter in this tab, in either language, if there is one. */
export function carriedSentence(): string | undefined {
  try {
    return sessionStorage.getItem(sentenceKey(location.pathname)) ?? undefined;
  } catch {
    // Rendering on the server, or storage is off: the page starts from the seed sentence.
    return undefined;
  }
}

/** Keeps `text` for this chapter, so the language switch and a reload start from it. */
export function carrySentence(text: string): void {
  try {
    sessionStorage.setItem(sentenceKey(location.pathname), text);
  } catch {
    // Storage is off (a privacy setting): the sentence then lasts as long as the page.
  }
}
