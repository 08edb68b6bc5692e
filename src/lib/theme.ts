/** A colour theme. */
export type Theme = 'light' | 'dark';

/** The theme in force on the page (set before paint by ThemeScript). */
export function readTheme(): Theme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/** Applies `theme` and remembers it across pages and visits. */
export function persistTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  try {
    localStorage.setItem('theme', theme);
  } catch {
    // Storage can be disabled (private mode); the theme still applies to this page.
  }
}
