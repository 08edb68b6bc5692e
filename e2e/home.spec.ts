import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support/site';

// The seed article's own translation of its running example.
const SEED_CHINESE = '她 在 吃 一 个 绿色 的 苹果';
const SEED_ENGLISH = ['she', 'is', 'eating', 'a', 'green', 'apple'];

/** The weights drawn from each Chinese word to each English word, read from the lines. */
async function drawnWeights(page: Page): Promise<number[][]> {
  const weights = await page
    .locator('[data-seed-figure] line')
    .evaluateAll((lines) => lines.map((line) => Number(line.getAttribute('data-weight'))));
  const rows: number[][] = [];
  for (let i = 0; i < weights.length; i += SEED_ENGLISH.length) {
    rows.push(weights.slice(i, i + SEED_ENGLISH.length));
  }
  return rows;
}

for (const lang of ['en', 'zh'] as const) {
  test(`the ${lang} home page translates the seed sentence in a worker and describes its attention`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`/${lang}/`);
    const figure = page.locator('[data-seed-figure]');
    const ssrHeight = await figure.evaluate((el) => el.getBoundingClientRect().height);
    await expect(figure).toHaveAttribute('data-translated', SEED_CHINESE, { timeout: 30_000 });
    expect(workers.some((url) => url.includes('alignment-worker'))).toBe(true);

    const rows = await drawnWeights(page);
    expect(rows).toHaveLength(SEED_CHINESE.split(' ').length);
    for (const row of rows) {
      expect(row.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 3);
    }
    // The text alternative names, for each Chinese word, the English word its row peaks on.
    const description = (await figure.locator('[data-seed-description]').textContent()) ?? '';
    SEED_CHINESE.split(' ').forEach((word, t) => {
      const row = rows[t]!;
      const peak = SEED_ENGLISH[row.indexOf(Math.max(...row))]!;
      expect(description).toContain(
        `${word} ${lang === 'zh' ? '最关注' : 'looks most at'} “${peak}”`,
      );
    });
    const height = await figure.evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(height - ssrHeight)).toBeLessThan(1);
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
  });
}

const LOAD_FAILURES = {
  en: 'The Transformer could not be loaded (the server answered 503)',
  zh: '无法加载 Transformer 模型（服务器返回了 503）',
} as const;

for (const [lang, expected] of Object.entries(LOAD_FAILURES)) {
  test(`a home figure whose model cannot load says so in place, in ${lang}, without a console error`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.route('**/models/transformer/weights.bin', (route) =>
      route.fulfill({ status: 503, body: '' }),
    );
    await page.goto(`/${lang}/`);
    const figure = page.locator('[data-seed-figure]');
    await expect(figure.locator('figcaption')).toContainText(expected, { timeout: 30_000 });
    await expect(figure).not.toHaveAttribute('data-translated');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors.filter((text) => !/status of 503/.test(text))).toEqual([]);
  });
}
