// `npm run bench:browser`, against the built site (run `npm run build` first), in headless
// Chromium: the Q/K/V playground's edit-to-display time at 8 × 8 on every backend; one edit inside
// the trained Transformer (the playground's trained preset) to its new translation and attention;
// each trained model translating the seed sentence on every backend once loaded, with ORT's own
// share; the time from the Translate cell coming into view to its first translation on `auto`;
// and chapter 4's exact match on the 100-sentence sample with a head switched off.
import type { Browser, Page } from 'playwright-core';
import { fmt, formatTable } from './report';
import { withSite } from './site-browser';

const PORT = 4470;
const EDITS = 40;
const BACKENDS = ['ts', 'wasm', 'webgl', 'webgpu'] as const;
type Backend = (typeof BACKENDS)[number];
const MODELS = ['gru', 'attention', 'transformer'] as const;
const TRANSLATIONS = 7;
const TRAINED_EDITS = 12;
const ABLATIONS = 5;

/** Sets the playground to 8 × 8 on `backend` and times `EDITS` edits of Q[0][0] to display. */
async function measure(page: Page, backend: Backend): Promise<number[] | undefined> {
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
  const computed = cell.locator(`[data-step][data-computed-by="${backend}"]`);
  const notice = cell.locator('[data-fallback-notice]');
  await computed.or(notice).first().waitFor({ timeout: 120_000 });
  if (await notice.isVisible()) {
    console.log(`${backend}: ${await notice.textContent()}`);
    return undefined;
  }
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

/**
 * Times edits of one query value in the playground's trained preset (encoder self-attention, layer
 * 1, head 1) until the page shows the model's new translation and that head's new weights; the
 * first edit, which also compiles the re-run's code paths, is not counted.
 */
async function trainedEdits(page: Page): Promise<number[]> {
  await page.goto(`http://127.0.0.1:${PORT}/en/attention/`);
  const cell = page.locator('[data-figure="attention-calc"]');
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('astro-island:not([ssr])').first().waitFor({ timeout: 120_000 });
  await cell.getByLabel('Preset').selectOption('trained');
  await cell.locator('[data-trained-edit]').waitFor({ timeout: 120_000 });
  await cell.locator('[data-matrix="Q"] [data-cell="2-5"]').waitFor();
  const times = await page.evaluate(async (edits) => {
    const root = document.querySelector('[data-figure="attention-calc"]')!;
    const input = root.querySelector<HTMLInputElement>('[data-matrix="Q"] [data-cell="2-5"]')!;
    const panel = root.querySelector<HTMLElement>('[data-trained-edit]')!;
    const times: number[] = [];
    for (let i = 0; i <= edits; i++) {
      const before = panel.dataset['editSerial'];
      const start = performance.now();
      input.value = ((i % 2 ? -1 : 1) * (1 + i * 0.37)).toFixed(2);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // The serial, the translation and the weights change in one update of the DOM.
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (panel.dataset['editSerial'] !== before) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(panel, { attributes: true });
      });
      times.push(performance.now() - start);
    }
    return times;
  }, TRAINED_EDITS);
  return times.slice(1);
}

/** One model's seed-sentence translation on `backend`, once loaded: wall ms and ORT's share. */
async function translations(page: Page, model: string, backend: Backend | 'auto') {
  await page.goto(`http://127.0.0.1:${PORT}/en/seq2seq/`);
  const cell = page.locator('[data-figure="translate"]');
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('[data-primary] [data-tokens="zh"] li').first().waitFor({ timeout: 120_000 });
  await cell.getByLabel('Model').selectOption(model);
  await cell.getByLabel('Backend').selectOption(backend);
  const box = cell.getByRole('combobox', { name: 'English sentence' });
  const samples: { ms: number; ortMs?: number; backend: string }[] = [];
  for (let i = 0; i < TRANSLATIONS; i++) {
    // Alternate two spellings of the seed sentence so every round is a new request.
    await box.fill(i % 2 ? 'she is eating a green apple .' : 'she is eating a green apple');
    await page.waitForFunction(
      ([m, b]) => {
        const root = document.querySelector('[data-figure="translate"]')!;
        const primary = root.querySelector(`[data-primary][data-translation="${m}"]`);
        return (
          primary?.getAttribute('data-result-choice') === b &&
          root.querySelector('[data-busy="false"]')
        );
      },
      [model, backend],
      { timeout: 120_000 },
    );
    const used = cell.locator('[data-backend-used]');
    const ort = await used.getAttribute('data-ort-ms');
    samples.push({
      ms: Number(await used.getAttribute('data-elapsed-ms')),
      ...(ort ? { ortMs: Number(ort) } : {}),
      backend: String(await used.getAttribute('data-backend-used')),
    });
  }
  // The first round compiles and checks the graphs; the rest are the steady state.
  const steady = samples.slice(1);
  return {
    model,
    backend,
    ranOn: steady.at(-1)!.backend,
    medianMs: median(steady.map((s) => s.ms)),
    ortMs: steady[0]!.ortMs === undefined ? undefined : median(steady.map((s) => s.ortMs ?? 0)),
  };
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

/**
 * Chapter 4's trained heads: switches off one more head `ABLATIONS` times (each a set not scored
 * yet) and times the click to the exact match on the sample shown. It runs on the TypeScript
 * reference, the one backend that can switch a head off.
 */
async function ablations(page: Page): Promise<number[]> {
  await page.goto(`http://127.0.0.1:${PORT}/en/multi-head-attention/`);
  const cell = page.locator('[data-figure="multi-head"]');
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('[data-accuracy="done"]').waitFor({ timeout: 300_000 });
  const times: number[] = [];
  for (let i = 0; i < ABLATIONS; i++) {
    times.push(
      await page.evaluate(async (index) => {
        const root = document.querySelector('[data-figure="multi-head"]')!;
        const accuracy = root.querySelector<HTMLElement>('[data-accuracy]')!;
        const start = performance.now();
        root.querySelectorAll<HTMLInputElement>('[data-head-switch]')[index]!.click();
        // The figure goes pending as the click's effects run, and done once the count is shown.
        await new Promise<void>((resolve) => {
          let pending = false;
          const observer = new MutationObserver(() => {
            if (accuracy.dataset['accuracy'] === 'pending') pending = true;
            else if (pending) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(accuracy, { attributes: true });
        });
        return performance.now() - start;
      }, i),
    );
  }
  return times;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await withSite(PORT, async (browser, page) => {
  const results: { backend: Backend; medianMs?: number; p90Ms?: number }[] = [];
  for (const backend of BACKENDS) {
    const times = await measure(page, backend);
    if (!times) {
      results.push({ backend });
      continue;
    }
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
      results.map((r) =>
        r.medianMs === undefined
          ? [r.backend, 'fell back', '–']
          : [r.backend, fmt(r.medianMs), fmt(r.p90Ms!)],
      ),
    ),
  );
  for (const r of results.filter((r) => r.medianMs !== undefined)) {
    console.log(
      `${r.medianMs! < 16 ? 'PASS' : 'MISS'}  edit-to-display on ${r.backend} < 16 ms: ${fmt(r.medianMs!)} ms`,
    );
  }

  const trained = await trainedEdits(page);
  console.log(
    `\nOne edit inside the trained Transformer → updated translation and attention on screen, ` +
      `median of ${trained.length} edits: ${fmt(median(trained))} ms (max ${fmt(Math.max(...trained))} ms)`,
  );
  console.log(
    `${median(trained) <= 50 ? 'PASS' : 'MISS'}  edit inside the trained model ≤ 50 ms: ${fmt(median(trained))} ms`,
  );

  const translated = [];
  for (const model of MODELS)
    for (const backend of BACKENDS) translated.push(await translations(page, model, backend));
  const auto = [];
  for (const model of MODELS) auto.push(await translations(page, model, 'auto'));
  console.log(
    `\nSeed sentence translated (encoder + every decoder step), model loaded, median of ${TRANSLATIONS - 1}`,
  );
  console.log(
    formatTable(
      ['model', 'chosen', 'ran on', 'median ms', 'ORT run ms'],
      [...translated, ...auto].map((r) => [
        r.model,
        r.backend,
        r.ranOn,
        fmt(r.medianMs),
        r.ortMs === undefined ? '–' : fmt(r.ortMs),
      ]),
    ),
  );
  const transformerAuto = auto.find((r) => r.model === 'transformer')!;
  console.log(
    `${transformerAuto.medianMs <= 15 ? 'PASS' : 'MISS'}  Transformer, seed sentence on auto ≤ 15 ms: ${fmt(transformerAuto.medianMs)} ms on ${transformerAuto.ranOn}`,
  );

  const firsts: number[] = [];
  for (let i = 0; i < 5; i++) firsts.push(await firstTranslation(browser));
  console.log(
    `\nTranslate cell (attention model, auto): in view → first translation, 5 fresh page loads: ` +
      `median ${fmt(median(firsts))} ms, max ${fmt(Math.max(...firsts))} ms`,
  );
  console.log(
    `${median(firsts) <= 500 ? 'PASS' : 'MISS'}  first translation ≤ 500 ms after the cell is visible: ${fmt(median(firsts))} ms`,
  );

  const ablation = await ablations(page);
  console.log(
    `\n100-sentence ablation accuracy (chapter 4, a head switched off → exact match shown, ` +
      `TypeScript reference), ${ABLATIONS} sets: median ${fmt(median(ablation))} ms, max ${fmt(Math.max(...ablation))} ms`,
  );
  console.log(
    `${median(ablation) <= 3000 ? 'PASS' : 'MISS'}  100-sentence ablation accuracy ≤ 3 s: ${fmt(median(ablation))} ms`,
  );
  console.log(
    `BENCH_BROWSER_JSON ${JSON.stringify({ playground: results, trainedEditMs: trained, translations: [...translated, ...auto], firstTranslationMs: firsts, ablationMs: ablation })}`,
  );
});
