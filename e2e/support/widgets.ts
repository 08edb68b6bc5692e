import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Scrolls the cell holding `figure` on the current page into view and waits until it hydrates. */
export async function showFigure(page: Page, figure: string): Promise<Locator> {
  const cell = page.locator(`[data-figure="${figure}"]`);
  await cell.scrollIntoViewIfNeeded();
  // Astro drops the island's `ssr` attribute once the widget has hydrated. The figure is the
  // cell's first island; a cell may hold another under it, which hydrates when scrolled to.
  await expect(cell.locator('astro-island').first()).not.toHaveAttribute('ssr', {
    timeout: 30_000,
  });
  return cell;
}

/** Opens `path` and shows its cell holding `figure`, hydrated. */
export async function openFigure(page: Page, path: string, figure: string): Promise<Locator> {
  await page.goto(path);
  return showFigure(page, figure);
}

/** Hydrates every widget of the current page, scrolling each island into view in turn. */
export async function hydrateAll(page: Page): Promise<void> {
  const islands = page.locator('[data-widget] astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    // An island lays out as its contents (display: contents): scroll to what it renders.
    await islands.nth(i).evaluate((island) => island.firstElementChild?.scrollIntoView());
    await expect(islands.nth(i)).not.toHaveAttribute('ssr', { timeout: 30_000 });
  }
}

/**
 * Focuses the first control of `cell`, as a reader tabbing in would: the page holds `auto`'s
 * accelerated backends until the reader engages with a figure.
 */
export async function engage(cell: Locator): Promise<void> {
  await cell.locator('select, input, button, textarea').first().focus();
}

/** The axe violations (WCAG 2.1 A and AA) of the current page, by rule and element. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) }));
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Row-major [r, c] × [c, m] matrix product in float64. */
export function matmul(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0]!.map((_, j) => row.reduce((sum, x, p) => sum + x * b[p]![j]!, 0)));
}

/** Row-wise softmax over the entries where `allowed` is true. */
export function maskedSoftmax(scores: number[][], allowed: (i: number, j: number) => boolean) {
  return scores.map((row, i) => {
    const kept = row.map((s, j) => (allowed(i, j) ? s : -Infinity));
    const max = Math.max(...kept);
    const exps = kept.map((s) => (s === -Infinity ? 0 : Math.exp(s - max)));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  });
}
