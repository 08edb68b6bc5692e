// `npm run bench:browser`: edit-to-display time of the Q/K/V playground at 8 × 8 in Chromium,
// on `ts` and `wasm`, and the time from the Translate cell coming into view to its first
// translation (model download included), against the built site (run `npm run build` first).
import { spawn } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../scripts/browser.mjs';
import { fmt, formatTable } from './report';

const PORT = 4470;
const EDITS = 40;

/** Sets the playground to 8 × 8 on `backend` and times `EDITS` edits of Q[0][0] to display. */
async function measure(page: Page, backend: 'ts' | 'wasm'): Promise<number[]> {
  await page.goto(`http://127.0.0.1:${PORT}/en/attention/`);
  const cell = page.locator('[data-figure="attention-calc"]');
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('astro-island:not([ssr])').first().waitFor({ timeout: 120_000 });
  for (const dimension of ['nQ', 'nK', 'dK', 'dV']) {
    await cell.locator(`[data-size="${dimension}"]`).fill('8');
    await cell.locator(`[data-size="${dimension}"]`).press('Tab');
  }
  await cell.getByLabel('Backend').selectOption(backend);
  await cell.locator('[data-step-key="output"]').click();
  await cell.locator(`[data-step][data-computed-by="${backend}"]`).waitFor({ timeout: 120_000 });
  return page.evaluate(
    async ({ backend, edits }) => {
      const root = document.querySelector('[data-figure="attention-calc"]')!;
      const input = root.querySelector<HTMLInputElement>('[data-matrix="Q"] [data-cell="0-0"]')!;
      const section = root.querySelector<HTMLElement>('[data-step]')!;
      const times: number[] = [];
      for (let i = 0; i < edits; i++) {
        const before = section.querySelector('td[data-value]')?.getAttribute('data-value');
        const start = performance.now();
        input.value = (0.5 + i * 0.037).toFixed(3);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // Done when the DOM shows the new output from the chosen backend; the browser paints it
        // at its next frame, which this does not wait for (frames are 16.7 ms apart headless).
        await new Promise<void>((resolve) => {
          const done = () =>
            section.querySelector('td[data-value]')?.getAttribute('data-value') !== before &&
            section.dataset['computedBy'] === backend;
          const observer = new MutationObserver(() => {
            if (done()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(section, { subtree: true, attributes: true, childList: true });
        });
        times.push(performance.now() - start);
      }
      return times;
    },
    { backend, edits: EDITS },
  );
}

/** Opens chapter 1 in a fresh context (empty cache) and times cell-visible → translation shown. */
async function firstTranslation(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/en/seq2seq/`);
  const cell = page.locator('[data-figure="translate"]');
  const start = await page.evaluate(() => performance.now());
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('[data-primary] [data-tokens="zh"] li').first().waitFor({ timeout: 120_000 });
  const end = await page.evaluate(() => performance.now());
  await context.close();
  return end - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(PORT)], {
  stdio: 'ignore',
});
const executablePath = findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: chromiumArgs,
});
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const page = await browser.newPage();
  // tsx compiles with esbuild's keepNames, which wraps functions passed to page.evaluate in a
  // `__name` helper that only exists in Node; give the page a no-op one.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  const results: { backend: string; medianMs: number; p90Ms: number }[] = [];
  for (const backend of ['ts', 'wasm'] as const) {
    const times = await measure(page, backend);
    const sorted = [...times].sort((a, b) => a - b);
    results.push({
      backend,
      medianMs: median(times),
      p90Ms: sorted[Math.floor(sorted.length * 0.9)]!,
    });
  }
  console.log(
    `Q/K/V playground at 8 × 8: edit → updated display, ${EDITS} edits, Chromium headless`,
  );
  console.log(
    formatTable(
      ['backend', 'median ms', 'p90 ms'],
      results.map((r) => [r.backend, fmt(r.medianMs), fmt(r.p90Ms)]),
    ),
  );
  for (const r of results) {
    console.log(
      `${r.medianMs < 16 ? 'PASS' : 'MISS'}  edit-to-display on ${r.backend} < 16 ms: ${fmt(r.medianMs)} ms`,
    );
  }
  const firsts: number[] = [];
  for (let i = 0; i < 5; i++) firsts.push(await firstTranslation(browser));
  console.log(
    `\nTranslate cell (attention model, ts): in view → first translation, 5 fresh page loads: ` +
      `median ${fmt(median(firsts))} ms, max ${fmt(Math.max(...firsts))} ms`,
  );
  console.log(
    `${median(firsts) < 1000 ? 'PASS' : 'MISS'}  first translation < 1 s after the cell is visible: ${fmt(median(firsts))} ms`,
  );
  console.log(
    `BENCH_BROWSER_JSON ${JSON.stringify({ playground: results, firstTranslationMs: firsts })}`,
  );
} finally {
  await browser.close();
  server.kill();
}
