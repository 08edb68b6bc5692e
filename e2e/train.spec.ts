import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/site';
import AxeBuilder from '@axe-core/playwright';
import { horizontalOverflow, openFigure } from './support/widgets';

// Each test trains for a few seconds at a small width; the worker shares the cores with others.
test.describe.configure({ timeout: 120_000 });

const FIGURE = 'train-yourself';
const WAIT = { timeout: 60_000 };

/** The number a readout shows (NaN for "—"). */
async function readout(widget: Locator, name: string): Promise<number> {
  return Number(await widget.locator(`[data-readout="${name}"]`).textContent());
}

/** The step the widget is at. */
async function step(widget: Locator): Promise<number> {
  return Number(await widget.locator('[data-phase]').getAttribute('data-step'));
}

/** Opens the figure on `path` and sets a small width so that training is quick. */
async function openSmall(page: Page, path = '/en/transformer/'): Promise<Locator> {
  const widget = await openFigure(page, path, FIGURE);
  await widget.locator('[data-setting="width"]').fill('16');
  await widget.locator('[data-setting="heads"]').fill('2');
  return widget;
}

async function waitForStep(widget: Locator, atLeast: number) {
  await expect.poll(() => step(widget), WAIT).toBeGreaterThanOrEqual(atLeast);
}

async function pause(widget: Locator) {
  await widget.locator('[data-action="pause"]').click();
  await expect(widget.locator('[data-phase]')).toHaveAttribute('data-phase', 'ready', WAIT);
}

test('training lowers the loss; Pause stops the steps; Reset returns to step 0 and the initial loss', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const widget = await openSmall(page);
  await widget.getByRole('button', { name: 'Start' }).click();
  await waitForStep(widget, 5);
  const first = await readout(widget, 'train-loss');
  expect(first).toBeGreaterThan(0);
  await expect.poll(() => readout(widget, 'train-loss'), WAIT).toBeLessThan(0.8 * first);
  expect(await readout(widget, 'speed')).toBeGreaterThan(0);
  expect(workers.some((url) => url.includes('train-worker'))).toBe(true);

  await pause(widget);
  const paused = await step(widget);
  await page.waitForTimeout(1000);
  expect(await step(widget)).toBe(paused);
  await expect(widget.getByRole('button', { name: 'Resume' })).toBeVisible();

  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.locator('[data-readout="step"]')).toHaveText('0', WAIT);
  await expect(widget.locator('[data-readout="validation-loss"]')).not.toHaveText('—', WAIT);
  const initial = await readout(widget, 'validation-loss');
  expect(await widget.locator('[data-readout="train-loss"]').textContent()).toBe('—');

  await widget.getByRole('button', { name: 'Start' }).click();
  await waitForStep(widget, 10);
  await pause(widget);
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.locator('[data-readout="step"]')).toHaveText('0', WAIT);
  await expect.poll(() => readout(widget, 'validation-loss'), WAIT).toBe(initial);
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
});

/** The heatmap's weights, row by row. */
async function heatmapRows(widget: Locator): Promise<number[][]> {
  return widget
    .locator('.heatmap tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((td) => Number(td.dataset['value']))),
    );
}

test("the Transformer's probe shows each head, whose mean is the heads' average", async ({
  page,
}) => {
  const widget = await openSmall(page);
  const shown = widget.locator('[data-control="shown-head"]');
  // The heads are shown when the model writes a word; early on it may end the sentence at once.
  for (let attempt = 0; attempt < 10 && !(await shown.isVisible()); attempt++) {
    await widget.getByRole('button', { name: attempt === 0 ? 'Start' : 'Resume' }).click();
    await waitForStep(widget, 20 * (attempt + 1));
    await pause(widget);
  }
  await expect(shown.locator('option')).toHaveCount(3);
  const mean = await heatmapRows(widget);
  const heads: number[][][] = [];
  for (const head of ['0', '1']) {
    await shown.selectOption(head);
    await expect.poll(async () => (await heatmapRows(widget)).flat()).not.toEqual(mean.flat());
    const rows = await heatmapRows(widget);
    heads.push(rows);
    const sharpness = rows.reduce((sum, row) => sum + Math.max(...row), 0) / rows.length;
    expect(await readout(widget, 'sharpness')).toBeCloseTo(sharpness, 2);
  }
  mean.forEach((row, r) =>
    row.forEach((weight, j) =>
      expect((heads[0]![r]![j]! + heads[1]![r]![j]!) / 2).toBeCloseTo(weight, 2),
    ),
  );
});

test('“Use my model” makes the Translate cell translate with the trained model', async ({
  page,
  baseURL,
}) => {
  // Training to 20% exact takes about 20 s alone on two cores, several times that when shared.
  test.setTimeout(240_000);
  const problems = watchPage(page, new URL(baseURL!).origin);
  const widget = await openFigure(page, '/en/transformer/', FIGURE);
  await widget.locator('select').selectOption('attention');
  await widget.getByRole('button', { name: 'Start' }).click();
  // Trained until some validation sentences come out right, so the probe's translation ends.
  const exact = widget.locator('[data-readout="exact"]');
  await expect
    .poll(async () => Number.parseFloat((await exact.textContent()) ?? ''), { timeout: 150_000 })
    .toBeGreaterThan(20);
  await pause(widget);
  const probe = await widget.locator('[data-translation]').textContent();
  await widget.getByRole('button', { name: 'Use my model in the Translate cell' }).click();
  const step = await readout(widget, 'step');
  await expect(widget.locator('[data-used]')).toContainText(`step ${step}`, WAIT);

  // The Translate cell follows the page's sentence; the probe is the same sentence here.
  const translate = page.locator('[data-figure="translate"]');
  await translate.scrollIntoViewIfNeeded();
  await expect(translate.getByLabel('Model', { exact: true })).toHaveValue('yours', WAIT);
  const output = translate.locator('[data-primary]');
  await expect(output).toHaveAttribute('data-translation', 'yours', WAIT);
  await expect(translate.locator('[data-yours]')).toContainText(`step ${step}`);
  await expect(translate.locator('[data-busy]')).toHaveAttribute('data-busy', 'false', WAIT);
  const chips = output.locator('[data-tokens="zh"] li');
  await expect(async () =>
    expect((await chips.allTextContents()).join(' ')).toBe(probe!.trim()),
  ).toPass(WAIT);

  // Back to a shipped model, and the seed sentence's known translation returns.
  await translate.getByLabel('Model', { exact: true }).selectOption('transformer');
  await expect(output).toHaveAttribute('data-translation', 'transformer', WAIT);
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
});

test('out-of-range settings are refused at the control', async ({ page }) => {
  const widget = await openFigure(page, '/en/transformer/', FIGURE);
  const rate = widget.locator('[data-setting="learningRate"]');
  const start = widget.getByRole('button', { name: 'Start' });
  for (const value of ['NaN', '5', '', '1e-9']) {
    await rate.fill(value);
    await expect(widget.locator('[data-refused="learningRate"]')).toContainText('from 0.0001');
    await expect(rate).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toBeDisabled();
  }
  await rate.fill('0.003');
  await expect(start).toBeEnabled();
  await widget.locator('[data-setting="width"]').fill('30');
  await expect(widget.locator('[data-refused="heads"]')).toContainText('multiple');
  await widget.locator('[data-setting="width"]').fill('1000');
  await expect(widget.locator('[data-refused="width"]')).toContainText('from 8 to 64');
  await expect(start).toBeDisabled();
});

test('downloaded weights load again to the same translation; a bad file is refused, a diverging one stops', async ({
  page,
  baseURL,
}, testInfo) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  const widget = await openSmall(page);
  await widget.locator('select').selectOption('attention');
  const translation = widget.locator('[data-translation]');
  // Trained (in rounds of 20 steps) until the paused model writes a word for the probe.
  const writes = async () =>
    (await translation.count()) > 0 && Boolean((await translation.textContent())?.trim());
  for (let round = 0; round < 10 && !(await writes()); round++) {
    await widget.getByRole('button', { name: round === 0 ? 'Start' : 'Resume' }).click();
    await waitForStep(widget, 20 * (round + 1));
    await pause(widget);
  }
  await expect(translation).not.toBeEmpty();
  const trained = await translation.textContent();
  const downloading = page.waitForEvent('download');
  await widget.getByRole('button', { name: 'Download weights' }).click();
  const path = testInfo.outputPath('weights.bin');
  await (await downloading).saveAs(path);

  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.locator('[data-readout="step"]')).toHaveText('0', WAIT);
  const upload = widget.locator('[data-upload]');
  await upload.setInputFiles(path);
  await expect(widget.locator('[data-uploaded]')).toContainText('weights.bin', WAIT);
  await expect(translation).toHaveText(trained!, WAIT);
  await expect(widget.locator('select')).toHaveValue('attention');

  await upload.setInputFiles({
    name: 'junk.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('junk'),
  });
  await expect(widget.locator('[data-upload-error]')).toContainText('junk.bin', WAIT);
  await expect(translation).toHaveText(trained!);

  // A file with a NaN weight: the first step that uses it has a NaN loss, and training stops.
  const bytes = readFileSync(path);
  const dataStart = 8 + bytes.readUInt32LE(4);
  bytes.writeFloatLE(Number.NaN, dataStart);
  await upload.setInputFiles({
    name: 'nan.bin',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  await expect(widget.locator('[data-uploaded]')).toContainText('nan.bin', WAIT);
  await widget.getByRole('button', { name: 'Start' }).click();
  await expect(widget.locator('[data-diverged]')).toContainText(/NaN at step \d+\./, WAIT);
  await expect(widget.getByRole('button', { name: 'Start' })).toBeDisabled();
  await widget.getByRole('button', { name: 'Reset' }).click();
  await expect(widget.locator('[data-diverged]')).toHaveCount(0, WAIT);
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], foreignRequests: [] });
});

test('the figure works from the keyboard alone, and pauses when the page is hidden', async ({
  page,
}) => {
  const widget = await openSmall(page);
  const start = widget.getByRole('button', { name: 'Start' });
  await widget.locator('[data-setting="seed"]').focus();
  for (let i = 0; i < 10 && !(await start.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await waitForStep(widget, 5);
  await expect(widget.locator('[data-action="pause"]')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(widget.locator('[data-phase]')).toHaveAttribute('data-phase', 'ready', WAIT);
  await page.keyboard.press('Enter');
  await expect(widget.locator('[data-phase]')).toHaveAttribute('data-phase', 'running', WAIT);

  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(widget.locator('[data-hidden-pause]')).toBeVisible(WAIT);
  await expect(widget.getByRole('button', { name: 'Resume' })).toBeVisible();
});

test('at 360 px the trained figure fits without horizontal scrolling and is axe clean', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openSmall(page);
  await widget.getByRole('button', { name: 'Start' }).click();
  await expect(widget.locator('.heatmap')).toBeVisible(WAIT);
  await pause(widget);
  expect(await horizontalOverflow(page)).toBe(0);
  const results = await new AxeBuilder({ page })
    .include(`[data-figure="${FIGURE}"]`)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) })),
  ).toEqual([]);
});

test('the Chinese figure trains, and a slice that cannot load is reported in place', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(baseURL!).origin);
  let fail = true;
  await page.route('**/learn/short-pairs.json', (route) =>
    fail ? route.fulfill({ status: 503, body: '' }) : route.fallback(),
  );
  const widget = await openSmall(page, '/zh/transformer/');
  await widget.getByRole('button', { name: '开始' }).click();
  await expect(widget.locator('[data-failure]')).toContainText('503', WAIT);
  fail = false;
  await widget.getByRole('button', { name: '重新启动后台线程' }).click();
  await waitForStep(widget, 5);
  await widget.getByRole('button', { name: '暂停' }).click();
  await expect(widget.locator('[data-phase]')).toHaveAttribute('data-phase', 'ready', WAIT);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors.filter((text) => !/status of 503/.test(text))).toEqual([]);
});
