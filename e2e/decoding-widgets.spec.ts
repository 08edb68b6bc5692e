import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/site';
import { readMatrix } from './support/tables';
import { horizontalOverflow, openFigure, showFigure } from './support/widgets';

// Models download and run on shared cores; the first translation of a page takes a while.
test.describe.configure({ timeout: 180_000 });

const SEED_OUTPUT = '她在吃一个绿色的苹果';
const loaded = { timeout: 90_000 };

/** The decoding stepper on `path`, once it shows a translation. */
async function openStepper(page: Page, path = '/en/transformer/'): Promise<Locator> {
  const cell = await openFigure(page, path, 'decoding-stepper');
  const widget = cell.locator('[data-decoding-stepper]');
  await expect(widget).toHaveAttribute('data-output', /./, loaded);
  return widget;
}

/** Waits until the stepper shows the result of `strategy`, and returns its output. */
async function outputFor(widget: Locator, strategy: object): Promise<string> {
  await expect(widget).toHaveAttribute('data-strategy', JSON.stringify(strategy), loaded);
  return (await widget.getAttribute('data-output'))!;
}

/** The axe violations (WCAG 2.1 A and AA) inside the cells holding `figures`. */
async function figureViolations(page: Page, figures: readonly string[]) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']);
  for (const figure of figures) builder = builder.include(`[data-figure="${figure}"]`);
  const { violations } = await builder.analyze();
  return violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) }));
}

/** Steps through the whole decoding with the Step button, returning each step's chosen token. */
async function stepThrough(widget: Locator): Promise<string[]> {
  const step = widget.locator('[data-step-index]');
  const forward = widget.locator('[data-step-forward]');
  const chosen: string[] = [];
  for (let i = 0; ; i++) {
    await expect(step).toHaveAttribute('data-step-index', String(i));
    await expect(widget.locator('[data-kv-cache]')).toHaveAttribute('data-kv-cache', String(i + 1));
    chosen.push((await step.getAttribute('data-chosen'))!);
    if (await forward.isDisabled()) return chosen;
    await forward.click();
  }
}

test('the decoding stepper decodes the seed sentence; beam width 1 is greedy; a seed repeats', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const widget = await openStepper(page);
  expect(await outputFor(widget, { kind: 'greedy' })).toBe(SEED_OUTPUT);
  const greedy = await stepThrough(widget);
  expect(greedy.at(-1)).toBe('<eos>');
  expect(greedy.slice(0, -1).join('')).toBe(SEED_OUTPUT);
  const cross = widget.locator('[data-heatmap="cross"]');
  await expect(cross.locator('figcaption')).toContainText('looks most at');
  for (const row of await readMatrix(cross.locator('table')))
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);

  await widget.getByLabel('Beam search').check();
  await widget.getByLabel('Beam width').fill('1');
  await widget.getByLabel('Beam width').press('Enter');
  expect(await outputFor(widget, { kind: 'beam', width: 1 })).toBe(SEED_OUTPUT);
  expect(await stepThrough(widget)).toEqual(greedy);
  await widget.getByLabel('Beam width').fill('4');
  await widget.getByLabel('Beam width').press('Enter');
  await outputFor(widget, { kind: 'beam', width: 4 });
  const tree = widget.locator('[data-beam-tree]');
  await expect(tree.locator('[data-node-status="pruned"]').first()).toBeAttached();
  await expect(tree.locator('.description')).toContainText('pruned');

  await widget.getByLabel('Sampling').check();
  await widget.getByLabel('Temperature').fill('1.5');
  await widget.getByLabel('Temperature').press('Enter');
  await widget.getByLabel('Seed').fill('7');
  await widget.getByLabel('Seed').press('Enter');
  const sampling = { kind: 'sample', temperature: 1.5, topK: 0, seed: 7 };
  const first = await outputFor(widget, sampling);
  await widget.getByLabel('Seed').fill('8');
  await widget.getByLabel('Seed').press('Enter');
  await outputFor(widget, { ...sampling, seed: 8 });
  await widget.getByLabel('Seed').fill('7');
  await widget.getByLabel('Seed').press('Enter');
  expect(await outputFor(widget, sampling)).toBe(first);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('the decoding stepper gives the same translation on WebAssembly', async ({ page }) => {
  const widget = await openStepper(page);
  await widget.getByLabel('Backend').selectOption('wasm');
  await expect(widget.locator('[data-backend-used="wasm"]')).toBeVisible(loaded);
  await expect(widget.locator('[data-cross-check="true"]')).toBeVisible();
  await expect(widget).toHaveAttribute('data-output', SEED_OUTPUT);
});

test('the decoding stepper works from the keyboard alone', async ({ page }) => {
  const widget = await openStepper(page);
  await widget.getByLabel('Greedy').focus();
  await page.keyboard.press('ArrowRight');
  await outputFor(widget, { kind: 'beam', width: 4 });
  await page.keyboard.press('Tab');
  await expect(widget.getByLabel('Beam width')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await outputFor(widget, { kind: 'beam', width: 2 });
  await page.keyboard.press('Tab');
  await expect(widget.locator('[data-play]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(widget.locator('[data-step-forward]')).toBeFocused();
  const index = widget.locator('[data-step-index]');
  await page.keyboard.press('Enter');
  await expect(index).toHaveAttribute('data-step-index', '1');
  await page.keyboard.press('ArrowRight');
  await expect(index).toHaveAttribute('data-step-index', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(index).toHaveAttribute('data-step-index', '1');
  await expect(widget.locator('[data-written]')).toHaveText('她 在');
});

test('the RNN stepper reads the sentence into the context vector, then decodes, at 360 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const cell = await openFigure(page, '/en/encoder-decoder/', 'encoder-decoder');
  const widget = cell.locator('[data-rnn-stepper]');
  const frame = widget.locator('[data-phase]');
  await expect(frame).toHaveAttribute('data-phase', 'encode', loaded);
  await expect(frame.locator('h3')).toContainText('“she” (token 1 of 6)');
  const next = widget.getByRole('button', { name: 'Next' });
  for (let i = 2; i <= 6; i++) {
    await next.click();
    await expect(frame.locator('h3')).toContainText(`(token ${i} of 6)`);
  }
  await next.focus();
  await page.keyboard.press('ArrowRight');
  await expect(frame).toHaveAttribute('data-phase', 'context');
  await expect(frame.locator('[data-context-vector] [data-strip] .cell').first()).toBeVisible();
  await expect(frame.locator('[data-context-vector] .description')).toContainText('cells coloured');
  await page.keyboard.press('ArrowRight');
  await expect(frame).toHaveAttribute('data-phase', 'decode');
  await expect(frame.locator('[data-top-k] tbody tr')).toHaveCount(5);
  await expect(frame.locator('h3')).toContainText('Decoder step 1: input “<bos>”');
  await page.keyboard.press('ArrowLeft');
  await expect(frame).toHaveAttribute('data-phase', 'context');
  expect(await figureViolations(page, ['encoder-decoder'])).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('the architecture figure opens a block’s tensors from the keyboard', async ({ page }) => {
  const cell = await openFigure(page, '/en/transformer/', 'transformer-architecture');
  const widget = cell.locator('[data-architecture]');
  const panel = widget.locator('[data-block-panel]');
  await expect(panel.locator('[data-heatmap="head-1"]')).toBeVisible(loaded);
  await widget.locator('[data-block="inputEmbedding"]').focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-block-panel', 'inputEmbedding');
  await expect(panel.locator('table caption')).toContainText('first 16 of 64 dimensions');
  await page.keyboard.press('Tab');
  await page.keyboard.press(' ');
  await expect(panel).toHaveAttribute('data-block-panel', 'encoderSelfAttention');
  await expect(panel.locator('[data-heatmap^="head-"]')).toHaveCount(4);
  for (const row of await readMatrix(panel.locator('[data-heatmap="head-1"] table')))
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
  await widget.locator('[data-block="decoderSelfAttention"]').focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-block-panel', 'decoderSelfAttention');
  await expect(panel.locator('[data-heatmap="head-1"] td.dimmed').first()).toBeAttached();
  await panel.getByLabel('Layer').selectOption('2');
  await expect(panel.locator('[data-heatmap="head-1"] caption')).toContainText('Decoder layer 2');
  await widget.locator('[data-block="linearSoftmax"]').focus();
  await page.keyboard.press('Enter');
  await expect(panel.locator('tbody tr').first()).toContainText('她');
});

test('bad sentences and a failed model load show their message and keep the result', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  let failLoad = true;
  await page.route('**/models/transformer/weights.bin', (route) =>
    failLoad ? route.fulfill({ status: 503, body: '' }) : route.fallback(),
  );
  const cell = await openFigure(page, '/en/transformer/', 'decoding-stepper');
  const widget = cell.locator('[data-decoding-stepper]');
  await expect(widget.locator('[data-load-error]')).toContainText('could not be loaded', loaded);
  failLoad = false;
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget).toHaveAttribute('data-output', SEED_OUTPUT, loaded);
  await expect(widget.locator('[data-load-error]')).toHaveCount(0);

  const field = widget.getByLabel('English sentence');
  const cases = [
    ['she is eating a grene apple', 'unknown-words', 'does not know these words'],
    ['', 'empty', 'Type an English sentence'],
    ['?!', 'empty', 'Type an English sentence'],
    [Array(33).fill('apple').join(' '), 'too-long', 'the model takes at most 32'],
  ] as const;
  for (const [text, kind, message] of cases) {
    await field.fill(text);
    await field.press('Enter');
    await expect(widget.locator(`[data-input-error="${kind}"]`)).toContainText(message);
    await expect(widget).toHaveAttribute('data-output', SEED_OUTPUT);
    await expect(widget.locator('[data-step-index]')).toBeVisible();
  }
  await field.fill('she is eating a grene apple');
  await field.press('Enter');
  await widget.getByRole('button', { name: 'Replace “grene” with “green”' }).click();
  await expect(field).toHaveValue('she is eating a green apple');
  await expect(widget.locator('[data-input-error]')).toHaveCount(0);
  expect(problems.pageErrors).toEqual([]);
  // The one refused download is the only error the console may show.
  expect(problems.consoleErrors.filter((e) => !e.includes('503'))).toEqual([]);
});

test('the chapter 5 figures fit 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openStepper(page);
  await widget.getByLabel('Beam search').check();
  await outputFor(widget, { kind: 'beam', width: 4 });
  const architecture = await showFigure(page, 'transformer-architecture');
  await architecture.locator('[data-block="decoderCrossAttention"]').click();
  await expect(architecture.locator('[data-heatmap="head-1"]')).toBeVisible(loaded);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

for (const lang of ['en', 'zh'] as const) {
  test(`the chapter 5 decoding figures (${lang}) have no axe violations in either theme`, async ({
    page,
  }) => {
    const widget = await openStepper(page, `/${lang}/transformer/`);
    expect(await widget.getAttribute('data-output')).toBe(SEED_OUTPUT);
    await widget.getByLabel(lang === 'en' ? 'Beam search' : '束搜索').check();
    await outputFor(widget, { kind: 'beam', width: 4 });
    const architecture = await showFigure(page, 'transformer-architecture');
    await expect(architecture.locator('[data-heatmap="head-1"]')).toBeVisible(loaded);
    if (lang === 'zh')
      await expect(architecture.locator('[data-block-panel] h3')).toHaveText('多头自注意力');
    for (const colorScheme of ['light', 'dark'] as const) {
      // The theme toggle sets this attribute; the widgets follow it without reloading.
      await page.evaluate(
        (theme) => (document.documentElement.dataset['theme'] = theme),
        colorScheme,
      );
      expect(
        await figureViolations(page, ['decoding-stepper', 'transformer-architecture']),
      ).toEqual([]);
    }
  });
}
