import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages, chapterPages } from './support/site';

test.describe('theme', () => {
  test('the toggle switches theme, persists across pages, and applies before any bundle runs', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/en/attention/');
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await page.goto('/zh/seq2seq/');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: '深色主题' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    // With every bundled script blocked, only the inline head script can set the theme: no flash.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('follows prefers-color-scheme until the reader chooses', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test('the language switch lands on the same chapter in the other language', async ({ page }) => {
  await page.goto('/en/multi-head-attention/');
  await page.getByRole('link', { name: 'Read this page in Chinese' }).click();
  await expect(page).toHaveURL(/\/zh\/multi-head-attention\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('link', { name: '阅读本页的英文版' }).click();
  await expect(page).toHaveURL(/\/en\/multi-head-attention\/$/);
});

test('the sidebar lists the chapters in order and previous/next walk through them', async ({
  page,
}) => {
  await page.goto('/en/seq2seq/');
  const sidebar = page.getByRole('navigation', { name: 'Chapters' });
  const hrefs = await sidebar
    .locator('a')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(hrefs).toEqual([
    '/en/seq2seq/',
    '/en/encoder-decoder/',
    '/en/attention/',
    '/en/multi-head-attention/',
    '/en/transformer/',
    '/en/under-the-hood/',
  ]);
  for (const href of hrefs.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await page.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/en\/transformer\/$/);
});

test('the table of contents links to the chapter sections', async ({ page }) => {
  await page.goto('/en/attention/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  expect(await links.count()).toBeGreaterThan(2);
  const first = await links.first().getAttribute('href');
  await expect(page.locator(String(first))).toBeAttached();
});

for (const [lang, label] of [
  ['en', 'Search the course'],
  ['zh', '搜索课程'],
] as const) {
  test(`search (${lang}) for "softmax" finds the attention chapter`, async ({ page }) => {
    await page.goto(`/${lang}/search/`);
    await page.getByLabel(label).fill('softmax');
    await expect(
      page.locator(`[data-search-results] a[href^="/${lang}/attention/"]`),
    ).toBeVisible();
  });
}

test('an unknown route gets the 404 page', async ({ page }) => {
  const response = await page.goto('/en/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Page not found');
  await expect(page.getByRole('link', { name: /attention/i }).first()).toBeVisible();
});

test('a chapter page loads at most 80 KB of gzipped JavaScript before any interaction', async ({
  page,
}) => {
  const weights: string[] = [];
  for (const path of chapterPages()) {
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.set(response.url(), gzipSync(await response.body()).length);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('response');
    const inline = await page.$$eval('script:not([src])', (elements) =>
      elements.map((element) => element.textContent),
    );
    const inlineBytes = inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
    const total = [...scripts.values()].reduce((sum, size) => sum + size, inlineBytes);
    weights.push(
      `${path} ${(total / 1024).toFixed(1)} KB gzipped (${scripts.size} files, ${inline.length} inline)`,
    );
    expect(total, path).toBeLessThanOrEqual(80 * 1024);
  }
  console.log(`page weight:\n  ${weights.join('\n  ')}`);
});

test('every page fits a 360 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of builtPages()) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
