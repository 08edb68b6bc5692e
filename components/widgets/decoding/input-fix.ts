/** `text` with every whole-word occurrence of `word` (any case) replaced by `replacement`. */
export function replaceWord(text: string, word: string, replacement: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![a-z0-9'])${escaped}(?![a-z0-9'])`, 'gi'), replacement);
}

/** Kilobytes, rounded, for the download progress. */
export function kilobytes(bytes: number): string {
  return String(Math.round(bytes / 1024));
}
