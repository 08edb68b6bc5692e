import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages } from './support/site';

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

// The page budget: HTML as served (uncompressed), JavaScript fetched or inlined before any
// interaction (gzipped, the 80 KB of before), and CSS (linked files plus inline <style>, gzipped).
const budget = { htmlBytes: 150 * 1024, scriptGzipBytes: 80 * 1024, cssGzipBytes: 20 * 1024 };

test('every page keeps to the HTML, JavaScript and CSS budget', async ({ page, request }) => {
  test.setTimeout(180_000);
  const rows: string[] = [];
  for (const path of builtPages()) {
    const html = await (await request.get(path)).body();
    const loaded = new Map<string, string>();
    page.on('response', (response) => {
      const type = response.request().resourceType();
      // ORT's runtime is fetched by `auto` in a later task, once TypeScript has answered; it is
      // the accelerated upgrade, not part of what the first screen needs.
      const ort = /\/ort\/|\/_astro\/ort\./.test(new URL(response.url()).pathname);
      if ((type === 'script' || type === 'stylesheet') && !ort) loaded.set(response.url(), type);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Network idle can come before a slow machine has hydrated the first screen's islands (the
    // count then misses their scripts), so wait for them too: those hydrated on load or idle,
    // and those hydrated when visible that the first screen shows.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
        const client = island.getAttribute('client');
        // An island is `display: contents`: its children have the boxes.
        const onScreen = [...island.children].some((child) => {
          const box = child.getBoundingClientRect();
          return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
        });
        return client !== 'load' && client !== 'idle' && !(client === 'visible' && onScreen);
      }),
    );
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('response');
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')].map((e) => e.textContent),
      styles: [...document.querySelectorAll('style')].map((e) => e.textContent),
    }));
    const gzipOf = (texts: string[]) => texts.reduce((sum, text) => sum + gzipSync(text).length, 0);
    const files = await Promise.all(
      [...loaded].map(async ([url, type]) => ({
        type,
        gzip: gzipSync(await (await request.get(url)).body()).length,
      })),
    );
    const sum = (type: string) =>
      files.filter((file) => file.type === type).reduce((total, file) => total + file.gzip, 0);
    const script = sum('script') + gzipOf(inline.scripts);
    const css = sum('stylesheet') + gzipOf(inline.styles);
    rows.push(
      `${path.padEnd(30)} HTML ${(html.length / 1024).toFixed(1).padStart(6)} KB · JS ${(script / 1024).toFixed(1).padStart(5)} KB gz · CSS ${(css / 1024).toFixed(1).padStart(5)} KB gz`,
    );
    expect.soft(html.length, `${path} HTML bytes`).toBeLessThanOrEqual(budget.htmlBytes);
    expect
      .soft(script, `${path} gzipped JS before interaction`)
      .toBeLessThanOrEqual(budget.scriptGzipBytes);
    expect.soft(css, `${path} gzipped CSS`).toBeLessThanOrEqual(budget.cssGzipBytes);
  }
  console.log(`page weight:\n  ${rows.join('\n  ')}`);
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
