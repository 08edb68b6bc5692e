import { expect, test } from '@playwright/test';
import { builtPages, chapterPages, watchPage } from './support/site';

const pages = builtPages();
const slugs = [
  'seq2seq',
  'encoder-decoder',
  'attention',
  'multi-head-attention',
  'transformer',
  'under-the-hood',
];

test('the build has six chapter pages per language, two home pages, search, glossary and the root', () => {
  const expected = [
    '/',
    '/en/',
    '/zh/',
    '/en/search/',
    '/zh/search/',
    '/en/glossary/',
    '/zh/glossary/',
  ];
  for (const lang of ['en', 'zh']) for (const slug of slugs) expected.push(`/${lang}/${slug}/`);
  expect(pages).toEqual(expect.arrayContaining(expected));
  expect(chapterPages()).toHaveLength(12);
});

for (const path of pages) {
  test.describe(path, () => {
    test('loads with status 200, no errors and nothing from another origin', async ({
      page,
      baseURL,
    }) => {
      const problems = watchPage(page, new URL(String(baseURL)).origin);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
    });

    test('every link on it resolves', async ({ page, request }) => {
      await page.goto(path);
      const hrefs = await page.$$eval('a[href]', (links) =>
        links.map((link) => (link as HTMLAnchorElement).href),
      );
      const origin = new URL(page.url()).origin;
      for (const href of new Set(hrefs)) {
        const url = new URL(href);
        if (url.origin !== origin) continue;
        const response = await request.get(url.pathname + url.search);
        expect(response.status(), `${href} from ${path}`).toBe(200);
        if (url.hash === '') continue;
        const html = await response.text();
        const id = decodeURIComponent(url.hash.slice(1));
        expect(html.includes(`id="${id}"`), `anchor ${href} from ${path}`).toBe(true);
      }
    });
  });
}

for (const path of chapterPages()) {
  test(`${path} renders its formulas with KaTeX`, async ({ page }) => {
    await page.goto(path);
    expect(await page.locator('article .katex').count()).toBeGreaterThan(0);
    const text = await page.locator('article').innerText();
    expect(text).not.toContain('$$');
    expect(text).not.toMatch(/\\(frac|sqrt|mathrm|begin)\b/);
  });
}
