import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/site';
import { readMatrix } from './support/tables';
import {
  axeViolations,
  engage,
  horizontalOverflow,
  hydrateAll,
  openFigure,
  showFigure,
} from './support/widgets';

// Loading three models and decoding on several backends takes a while on shared cores.
test.describe.configure({ timeout: 180_000 });

const SEED = '她在吃一个绿色的苹果';
const chapters = {
  seq2seq: '/en/seq2seq/',
  encoderDecoder: '/en/encoder-decoder/',
  attention: '/en/attention/',
  transformer: '/en/transformer/',
} as const;
const MODEL_TIMEOUT = { timeout: 120_000 };

/** The Chinese tokens an output block shows, joined. */
async function chinese(output: Locator): Promise<string> {
  return (await output.locator('[data-tokens="zh"] li').allTextContents()).join('');
}

/** The English tokens an output block shows, joined with spaces. */
async function english(output: Locator): Promise<string> {
  return (await output.locator('[data-tokens="en"] li').allTextContents()).join(' ');
}

/** Waits until the widget has finished every translation it started and shows one for `choice`. */
async function settled(widget: Locator, choice = 'auto') {
  await expect(widget.locator(`[data-result-choice="${choice}"]`).first()).toBeVisible(
    MODEL_TIMEOUT,
  );
  await expect(widget.locator('[data-busy]')).toHaveAttribute('data-busy', 'false', MODEL_TIMEOUT);
}

async function sentenceBox(widget: Locator, name = 'English sentence') {
  return widget.getByRole('combobox', { name });
}

for (const backend of ['ts', 'wasm', 'webgl', 'webgpu'] as const) {
  test(`the seed sentence translates to ${SEED} on ${backend}`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(String(baseURL)).origin);
    const widget = await openFigure(page, chapters.seq2seq, 'translate');
    await settled(widget);
    await widget.getByLabel('Backend').selectOption(backend);
    await settled(widget, backend);
    const output = widget.locator('[data-primary]');
    await expect(output).toHaveAttribute('data-translation', 'attention');
    const used = await widget.locator('[data-backend-used]').getAttribute('data-backend-used');
    if (used !== backend) {
      // The accelerated backends are offered only where the browser has them.
      await expect(widget.locator('[data-fallback-notice]')).toContainText('skipped');
      expect(backend === 'webgl' || backend === 'webgpu').toBe(true);
    } else if (backend !== 'ts') {
      await expect(widget.locator('[data-cross-check]')).toHaveAttribute(
        'data-cross-check',
        'true',
      );
    }
    expect(await english(output)).toBe('she is eating a green apple');
    expect(await chinese(output)).toBe(SEED);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
}

test('every model of the selector translates, and the chapter 2 cell shows the fixed-vector model beside it', async ({
  page,
}) => {
  const widget = await openFigure(page, chapters.encoderDecoder, 'translation-example');
  await settled(widget);
  expect(await chinese(widget.locator('[data-primary]'))).toBe(SEED);
  await expect(
    widget.locator('[data-translation="gru"] [data-tokens="zh"] li').first(),
  ).toBeVisible();
  for (const [kind, name] of [
    ['transformer', 'Transformer'],
    ['gru', 'GRU, fixed context vector'],
  ] as const) {
    await widget.getByLabel('Model').selectOption({ label: name });
    await expect(widget.locator('[data-primary]')).toHaveAttribute(
      'data-translation',
      kind,
      MODEL_TIMEOUT,
    );
    await settled(widget);
    expect((await chinese(widget.locator('[data-primary]'))).length).toBeGreaterThan(0);
  }
  expect(await chinese(widget.locator('[data-primary]'))).toBe(
    await chinese(widget.locator('[data-translation="gru"]').first()),
  );
});

test('the alignment matrix rows sum to 1 and the bars show the chosen row', async ({ page }) => {
  const widget = await openFigure(page, chapters.attention, 'attention-context');
  await settled(widget);
  const heatmap = widget.locator('[data-heatmap="alignment"] table');
  const matrix = await readMatrix(heatmap);
  const rows = await heatmap.locator('tbody th').allTextContents();
  expect(rows.join('')).toBe(SEED);
  expect(await heatmap.locator('thead th').allTextContents()).toEqual(
    'she is eating a green apple'.split(' '),
  );
  for (const row of matrix) {
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    row.forEach((w) => expect(w).toBeGreaterThanOrEqual(0));
  }
  const words = widget.locator('[data-target-words] button');
  await expect(words).toHaveCount(rows.length);
  await words.nth(7).click();
  await expect(widget.locator('[data-weights]')).toHaveAttribute('data-word', '苹果');
  const bars = await widget
    .locator('[data-weights] td')
    .evaluateAll((cells) => cells.map((cell) => Number((cell as HTMLElement).dataset['value'])));
  bars.forEach((w, j) => expect(w).toBeCloseTo(matrix[7]![j]!, 6));
  await expect(widget.locator('[data-context] [role="img"] span')).not.toHaveCount(0);
  await expect(widget.locator('[data-heatmap="alignment"] figcaption')).toContainText(
    "'苹果' attends most to",
  );
});

test('typing a sentence in the Translate box updates every translation cell of the chapter', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.goto(chapters.encoderDecoder);
  await hydrateAll(page);
  const example = await showFigure(page, 'translation-example');
  await settled(example);
  const sentence = 'the dog is drinking water';
  await (await sentenceBox(example)).fill(sentence);
  await settled(example);
  const bottleneck = await showFigure(page, 'bottleneck');
  await settled(bottleneck);
  const attention = await chinese(example.locator('[data-primary]'));
  const fixed = await chinese(example.locator('[data-translation="gru"]'));
  expect(await english(example.locator('[data-primary]'))).toBe(sentence);
  expect(await english(example.locator('[data-translation="gru"]'))).toBe(sentence);
  expect(await english(bottleneck)).toBe(sentence);
  expect(attention).not.toBe(SEED);
  expect(await chinese(bottleneck.locator('[data-translation="attention"]'))).toBe(attention);
  expect(await chinese(bottleneck.locator('[data-translation="gru"]'))).toBe(fixed);
  await expect(bottleneck.locator('[data-chart]')).toHaveAttribute('data-marked-bucket', '0');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('bad sentences show their message, keep the last result, and a suggestion fixes an unknown word', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const widget = await openFigure(page, chapters.seq2seq, 'translate');
  await settled(widget);
  const box = await sentenceBox(widget);
  const error = widget.locator('[data-input-error]');
  const cases = [
    ['', 'empty', 'Type an English sentence'],
    ['?!', 'empty', 'Type an English sentence'],
    ['the dog and the cat '.repeat(7), 'too-long', 'at most 32'],
    ['she is eating a green aple', 'unknown-words', '"aple"'],
  ] as const;
  for (const [text, kind, message] of cases) {
    await box.fill(text);
    await expect(error).toHaveAttribute('data-input-error', kind);
    await expect(error).toContainText(message);
    expect(await chinese(widget.locator('[data-primary]'))).toBe(SEED);
  }
  await widget.locator('[data-suggestion="apple"]').click();
  await expect(box).toHaveValue('she is eating a green apple');
  await expect(error).toHaveCount(0);
  await settled(widget);
  expect(await chinese(widget.locator('[data-primary]'))).toBe(SEED);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('a model that fails to load says so in place and loads on retry', async ({ page }) => {
  let fail = true;
  await page.route('**/models/transformer/weights.bin', (route) =>
    fail ? route.fulfill({ status: 503, body: '' }) : route.continue(),
  );
  const widget = await openFigure(page, chapters.seq2seq, 'translate');
  await settled(widget);
  // WebAssembly ready first, so its re-run cannot retry the load before the button does.
  await engage(widget);
  await expect(widget.locator('[data-backend-used="wasm"]')).toBeVisible(MODEL_TIMEOUT);
  await widget.getByLabel('Model').selectOption('transformer');
  await expect(widget.locator('[data-load-error]')).toContainText('could not be loaded');
  expect(await chinese(widget.locator('[data-primary]'))).toBe(SEED);
  fail = false;
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget.locator('[data-load-error]')).toHaveCount(0, MODEL_TIMEOUT);
  await expect(widget.locator('[data-primary]')).toHaveAttribute(
    'data-translation',
    'transformer',
    MODEL_TIMEOUT,
  );
});

test('the translation widgets work from the keyboard alone', async ({ page }) => {
  const widget = await openFigure(page, chapters.seq2seq, 'translate');
  await settled(widget);
  const box = await sentenceBox(widget);
  await box.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(widget.locator('[data-input-error]')).toHaveAttribute(
    'data-input-error',
    'unknown-words',
  );
  // Past the example chips, the model and backend selectors (and "Verify now", once an
  // accelerated backend has answered) to the first suggestion.
  const suggestion = widget.locator('[data-suggestion]').first();
  for (
    let i = 0;
    i < 30 && !(await suggestion.evaluate((el) => el === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(suggestion).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.locator('[data-input-error]')).toHaveCount(0);

  const alignment = await openFigure(page, chapters.attention, 'attention-context');
  await settled(alignment);
  const words = alignment.locator('[data-target-words] button');
  await words.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(words.nth(1)).toBeFocused();
  await expect(words.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('End');
  await expect(alignment.locator('[data-weights]')).toHaveAttribute('data-word', '苹果');
  await page.keyboard.press('Home');
  await expect(alignment.locator('[data-weights]')).toHaveAttribute('data-word', '她');
});

test('the bottleneck chart marks the sentence length and lists its values', async ({ page }) => {
  const widget = await openFigure(page, chapters.transformer, 'bottleneck');
  await settled(widget);
  const chart = widget.locator('[data-chart]');
  await expect(chart).toHaveAttribute('data-marked-bucket', '1');
  await expect(chart.locator('[data-length="6"]')).toContainText('your sentence: 6 tokens');
  await expect(chart.locator('[data-series]')).toHaveCount(3);
  const buckets = await chart.locator('[data-series="gru"] path').count();
  expect(buckets).toBeGreaterThan(1);
  await expect(widget.locator('[data-chart-values] tbody tr')).toHaveCount(buckets);
  await widget.getByLabel('BLEU').check();
  await expect(chart).toHaveAttribute('data-chart', 'bleu');
  expect(await chinese(widget.locator('[data-translation="attention"]'))).toBe(SEED);
});

for (const [path, figures] of [
  [chapters.encoderDecoder, ['translation-example', 'bottleneck']],
  [chapters.attention, ['attention-context', 'bottleneck']],
] as const) {
  test(`${path} fits 360 px without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    for (const figure of figures) await settled(await showFigure(page, figure));
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
}

async function settleAll(page: Page, figures: readonly string[]) {
  await hydrateAll(page);
  for (const figure of figures) await settled(await showFigure(page, figure));
}

for (const [path, figures, colorScheme] of [
  ['/en/encoder-decoder/', ['translation-example', 'bottleneck'], 'light'],
  ['/en/attention/', ['attention-context', 'bottleneck'], 'dark'],
  ['/zh/seq2seq/', ['translate'], 'dark'],
  ['/zh/transformer/', ['bottleneck'], 'light'],
] as const) {
  test(`${path} with the translation widgets has no axe violations, ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    await settleAll(page, figures);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the Chinese page translates and speaks Chinese', async ({ page }) => {
  const widget = await openFigure(page, '/zh/attention/', 'attention-context');
  await settled(widget);
  await expect(widget.locator('[data-heatmap="alignment"] caption')).toContainText('对齐矩阵');
  await expect(widget.locator('[data-heatmap="alignment"] figcaption')).toContainText('最关注');
  const translate = await openFigure(page, '/zh/seq2seq/', 'translate');
  await settled(translate);
  await expect(await sentenceBox(translate, '英文句子')).toHaveValue('she is eating a green apple');
  expect(await chinese(translate.locator('[data-primary]'))).toBe(SEED);
  await (await sentenceBox(translate, '英文句子')).fill('she is eating a green aple');
  await expect(translate.locator('[data-input-error]')).toContainText('模型不认识这些词');
});

test('every translation cell starts on auto and shows the backend that ran', async ({ page }) => {
  await page.goto(chapters.attention);
  await hydrateAll(page);
  await engage(page.locator('[data-figure]').first());
  const switchers = page.locator('[data-widget] [data-backend-switcher]');
  const count = await switchers.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await expect(switchers.nth(i).getByLabel('Backend')).toHaveValue('auto');
    await expect(switchers.nth(i).locator('[data-backend-used="wasm"]')).toBeVisible(MODEL_TIMEOUT);
  }
});

test('switching every cell of a chapter to WebGPU at once ends without an uncaught error', async ({
  page,
  baseURL,
}) => {
  // ORT's WebGPU build cannot interleave two calls; overlapping cells once crashed it.
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.goto(chapters.attention);
  await hydrateAll(page);
  const selects = page.locator('[data-widget] [data-backend-switcher] select');
  for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption('webgpu');
  const widgets = page.locator('[data-widget]:has([data-backend-switcher])');
  for (let i = 0; i < (await widgets.count()); i++) {
    await expect(widgets.nth(i).locator('[data-backend-used]')).toBeVisible(MODEL_TIMEOUT);
    await expect(widgets.nth(i).locator('[data-busy="true"]')).toHaveCount(0, MODEL_TIMEOUT);
  }
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});
