// Writes the home page's chapter pictures: a screenshot of each chapter's main figure, taken from
// the built site (run `npm run build` first), to public/thumbnails/<lang>/<slug>.jpg.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.mjs';

const port = 4391;
const mainFigure = {
  seq2seq: 'translate',
  'encoder-decoder': 'encoder-decoder',
  attention: 'attention-calc',
  'multi-head-attention': 'multi-head',
  transformer: 'transformer-architecture',
  'under-the-hood': 'engine-demo',
};

const server = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(port)], {
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 800));
const executablePath = findChromium();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: chromiumArgs,
});
try {
  const page = await browser.newPage({
    viewport: { width: 640, height: 900 },
    deviceScaleFactor: 0.5,
  });
  for (const lang of ['en', 'zh']) {
    mkdirSync(`public/thumbnails/${lang}`, { recursive: true });
    for (const [slug, figure] of Object.entries(mainFigure)) {
      await page.goto(`http://127.0.0.1:${port}/${lang}/${slug}/`);
      const widget = page.locator(`[data-figure="${figure}"] [data-widget]`);
      await widget.scrollIntoViewIfNeeded();
      await widget.locator('astro-island:not([ssr])').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1500);
      await widget.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      const box = await widget.boundingBox();
      if (!box) throw new Error(`${lang}/${slug}: figure ${figure} not found`);
      await page.screenshot({
        path: `public/thumbnails/${lang}/${slug}.jpg`,
        type: 'jpeg',
        quality: 70,
        clip: { x: box.x, y: box.y, width: box.width, height: (box.width * 9) / 16 },
      });
      console.log(`public/thumbnails/${lang}/${slug}.jpg`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
