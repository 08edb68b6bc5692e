// Part of `npm run bench:browser` (after `npm run build`), in headless Chromium: the "Train it
// yourself" cell training each model from Start until 90% validation exact match (at most
// TRAIN_BENCH_SECONDS, default 120 s; 30 s for the fixed-vector GRU, which only reports its
// speed) and a probe alignment of sharpness 0.8: steps per second, the time to each, the probe's
// alignment sharpness, and the page's long tasks (> 50 ms) while it trains.
import type { Page } from 'playwright-core';
import { fmt, formatTable } from './report';
import { withSite } from './site-browser';

const PORT = 4471;
const CAP_SECONDS = Number(process.env['TRAIN_BENCH_SECONDS'] ?? 120);
const MODELS = [
  { kind: 'transformer', cap: CAP_SECONDS },
  { kind: 'attention', cap: CAP_SECONDS },
  { kind: 'gru', cap: Math.min(30, CAP_SECONDS) },
] as const;
const GOAL = 0.9;
const SHARP = 0.8;

interface TrainRun {
  readonly kind: string;
  readonly steps: number;
  readonly seconds: number;
  readonly stepsPerSecond: number;
  readonly exact: number;
  readonly secondsTo90?: number;
  /** When, at 90% or later, the probe's alignment (the Transformer's sharpest head) reached 0.8. */
  readonly secondsToSharp?: number;
  /** The shown cross-attention's sharpness: the Transformer's mean over heads. */
  readonly sharpness?: number;
  /** The Transformer's sharpest head. */
  readonly sharpestHead?: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** When each long task began (seconds after Start) and how long it took. */
  readonly longTaskTimes: readonly { readonly atSeconds: number; readonly ms: number }[];
}

/**
 * Trains `kind` with the cell's default settings until 90% exact match and a sharp probe
 * alignment, or `cap` seconds.
 */
async function train(page: Page, kind: string, cap: number): Promise<TrainRun> {
  await page.goto(`http://127.0.0.1:${PORT}/en/transformer/`);
  const cell = page.locator('[data-figure="train-yourself"]');
  await cell.scrollIntoViewIfNeeded();
  await cell.locator('astro-island:not([ssr])').first().waitFor({ timeout: 120_000 });
  await cell.locator('select').selectOption(kind);
  // Other cells near this one hydrate and load their models first; only training is measured.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(3000);
  await page.evaluate(() => {
    const tasks: PerformanceEntry[] = [];
    Object.assign(window, { benchLongTasks: tasks });
    new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({
      type: 'longtask',
    });
  });
  const startedAt = await page.evaluate(() => performance.now());
  await cell.locator('[data-action="start"]').click();
  const started = Date.now();
  const read = async (name: string) =>
    Number.parseFloat((await cell.locator(`[data-readout="${name}"]`).textContent()) ?? '');
  // The sharpness of the mean and of each head, as the head choice lists them.
  const listedSharpness = async () => {
    const texts = await cell.locator('[data-control="shown-head"] option').allTextContents();
    const listed = texts.map((text) => Number(/([\d.]+)\)\s*$/.exec(text)?.[1]));
    const shown = (await cell.locator('[data-readout="sharpness"]').count())
      ? await read('sharpness')
      : 0;
    return Math.max(shown, ...listed.filter(Number.isFinite));
  };
  // Training goes on after 90% until the probe's alignment is sharp (or the cap); an early, sharp
  // but wrong alignment does not count.
  let secondsTo90: number | undefined;
  let secondsToSharp: number | undefined;
  while (Date.now() - started < cap * 1000) {
    await page.waitForTimeout(250);
    const seconds = (Date.now() - started) / 1000;
    if (secondsTo90 === undefined && (await read('exact')) / 100 >= GOAL) secondsTo90 = seconds;
    if (kind === 'gru') {
      if (secondsTo90 !== undefined) break;
    } else if (
      secondsTo90 !== undefined &&
      secondsToSharp === undefined &&
      (await listedSharpness()) >= SHARP
    ) {
      secondsToSharp = seconds;
    }
    if (secondsTo90 !== undefined && secondsToSharp !== undefined) break;
  }
  const seconds = (Date.now() - started) / 1000;
  await cell.locator('[data-action="pause"]').click();
  await cell.locator('[data-phase="ready"]').waitFor({ timeout: 60_000 });
  const steps = await read('step');
  const shownSharpness = () =>
    page.evaluate(() => {
      const selector = '[data-figure="train-yourself"] .heatmap tbody tr';
      const rows = [...document.querySelectorAll(selector)];
      if (rows.length === 0) return undefined;
      const maxima = rows.map((row) =>
        Math.max(...[...row.querySelectorAll('td')].map((td) => Number(td.dataset['value']))),
      );
      return maxima.reduce((a, b) => a + b, 0) / maxima.length;
    });
  const sharpness = await shownSharpness();
  // The Transformer's heatmap can show each head; its alignment is the sharpest head's.
  const headSelect = cell.locator('[data-control="shown-head"]');
  const heads = (await headSelect.count()) ? await headSelect.locator('option').count() : 1;
  let sharpestHead: number | undefined;
  for (let h = 0; h < heads - 1; h++) {
    await headSelect.selectOption(String(h));
    sharpestHead = Math.max(sharpestHead ?? 0, (await shownSharpness()) ?? 0);
  }
  const longTasks = await page.evaluate(
    (from) =>
      (window as unknown as { benchLongTasks: PerformanceEntry[] }).benchLongTasks.map((t) => ({
        atSeconds: (t.startTime - from) / 1000,
        ms: t.duration,
      })),
    startedAt,
  );
  const tasks = longTasks.map((t) => t.ms);
  return {
    kind,
    steps,
    seconds,
    stepsPerSecond: steps / seconds,
    exact: (await read('exact')) / 100,
    ...(secondsTo90 === undefined ? {} : { secondsTo90 }),
    ...(secondsToSharp === undefined ? {} : { secondsToSharp }),
    ...(sharpness === undefined ? {} : { sharpness }),
    ...(sharpestHead === undefined ? {} : { sharpestHead }),
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks),
    longTaskTimes: longTasks,
  };
}

await withSite(PORT, async (_browser, page) => {
  const runs: TrainRun[] = [];
  for (const { kind, cap } of MODELS) runs.push(await train(page, kind, cap));
  console.log(
    `\n"Train it yourself" (width 32, one layer, lr 0.003, seed 1), headless Chromium, cap ${CAP_SECONDS} s`,
  );
  console.log(
    formatTable(
      [
        'model',
        'steps',
        'steps/s',
        'val exact',
        's to 90%',
        's to sharp',
        'sharpness',
        'sharpest head',
        'long tasks',
        'longest ms',
      ],
      runs.map((r) => [
        r.kind,
        String(r.steps),
        fmt(r.stepsPerSecond),
        `${(100 * r.exact).toFixed(1)}%`,
        r.secondsTo90 === undefined ? '–' : fmt(r.secondsTo90),
        r.secondsToSharp === undefined ? '–' : fmt(r.secondsToSharp),
        r.sharpness === undefined ? '–' : r.sharpness.toFixed(2),
        r.sharpestHead === undefined ? '–' : r.sharpestHead.toFixed(2),
        String(r.longTasks),
        fmt(r.longestTaskMs),
      ]),
    ),
  );
  for (const r of runs.filter((r) => r.kind !== 'gru')) {
    console.log(
      `${r.secondsTo90 !== undefined ? 'PASS' : 'MISS'}  ${r.kind} reaches 90% validation exact match within ${CAP_SECONDS} s: ${r.secondsTo90 === undefined ? `${(100 * r.exact).toFixed(1)}% at the cap` : `${fmt(r.secondsTo90)} s`}`,
    );
    const alignment = r.sharpestHead ?? r.sharpness;
    const which = r.sharpestHead === undefined ? '' : ' (sharpest head)';
    console.log(
      `${r.secondsToSharp !== undefined ? 'PASS' : 'MISS'}  ${r.kind} probe alignment sharpness${which} ≥ ${SHARP} within ${CAP_SECONDS} s: ${r.secondsToSharp === undefined ? `${alignment?.toFixed(2) ?? '–'} at the cap` : `${fmt(r.secondsToSharp)} s (${alignment?.toFixed(2)} when it stopped)`}`,
    );
  }
  const longest = Math.max(...runs.map((r) => r.longestTaskMs));
  console.log(
    `${longest <= 50 ? 'PASS' : 'MISS'}  no main-thread long task over 50 ms while training: longest ${fmt(longest)} ms`,
  );
  console.log(`BENCH_TRAIN_JSON ${JSON.stringify(runs)}`);
});
