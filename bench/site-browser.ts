import { spawn } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../scripts/browser.mjs';

/** Serves `dist/` on `port`, opens headless Chromium, runs `measure`, then closes both. */
export async function withSite<T>(
  port: number,
  measure: (browser: Browser, page: Page) => Promise<T>,
): Promise<T> {
  const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(port)], {
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
    return await measure(browser, page);
  } finally {
    await browser.close();
    server.kill();
  }
}
