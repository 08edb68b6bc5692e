import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/site';
import { axeViolations, horizontalOverflow, hydrateAll, showFigure } from './support/widgets';

// Every chapter loads one to three trained models and decodes on shared cores.
test.describe.configure({ timeout: 300_000 });

const SEED = 'she is eating a green apple'.split(' ');
const SENTENCE = 'the dog is drinking water';
const WORDS = SENTENCE.split(' ');
const MODEL = { timeout: 120_000 };

/** Reads the English tokens a cell shows, from its labels in the DOM. */
type Reader = (cell: Locator) => Promise<string[]>;

const chips: Reader = (cell) => cell.locator('[data-tokens="en"] li').allTextContents();
const readers: Record<string, Reader> = {
  'encoder-decoder': (cell) =>
    cell.locator('.sequences p').first().locator('.token').allTextContents(),
  'translation-example': (cell) =>
    cell.locator('[data-primary] [data-tokens="en"] li').allTextContents(),
  translate: (cell) => cell.locator('[data-primary] [data-tokens="en"] li').allTextContents(),
  bottleneck: chips,
  'attention-context': async (cell) => {
    const columns = await cell.locator('[data-heatmap="alignment"] thead th').allTextContents();
    const tokens = await chips(cell);
    return columns.join(' ') === tokens.join(' ') ? tokens : [...tokens, '(heatmap differs)'];
  },
  // The trained view's first map, on the encoder's self-attention: one column per source word.
  'multi-head': (cell) => cell.locator('[data-trained-map="0"] thead th').allTextContents(),
  // The padding mask is shown on the encoder's batch: the page's sentence is its first row.
  masks: async (cell) => {
    await cell.locator('input[name="masks-mode"][value="padding"]').check();
    const keys = await cell.locator('[data-matrix="allowed"] thead th').allTextContents();
    return keys.filter((key) => key !== '<pad>');
  },
  'transformer-architecture': (cell) =>
    cell.locator('[data-heatmap="head-1"] thead th').allTextContents(),
  'positional-encoding': (cell) =>
    cell.locator('[data-sentence-positions] .word').allTextContents(),
  'decoding-stepper': (cell) => cell.locator('[data-heatmap="cross"] thead th').allTextContents(),
};

/** Each chapter 2-5, the cell typed into, and every cell of it that shows the page's sentence. */
const chapters = [
  {
    slug: 'encoder-decoder',
    typeIn: 'encoder-decoder',
    cells: ['encoder-decoder', 'translation-example', 'bottleneck'],
  },
  { slug: 'attention', typeIn: 'attention-context', cells: ['attention-context', 'bottleneck'] },
  { slug: 'multi-head-attention', typeIn: 'multi-head', cells: ['multi-head', 'masks'] },
  {
    slug: 'transformer',
    typeIn: 'decoding-stepper',
    cells: [
      'transformer-architecture',
      'positional-encoding',
      'translate',
      'decoding-stepper',
      'bottleneck',
    ],
  },
] as const;

/** The sentence field of a cell (the first text box: every cell puts it before other fields). */
function field(cell: Locator): Locator {
  return cell.locator('input[type="text"]').first();
}

/** Types `text` into a cell's sentence field and commits it (some fields wait for Enter). */
async function type(cell: Locator, text: string) {
  await field(cell).fill(text);
  await field(cell).press('Enter');
}

/** Waits until every cell in `figures` shows `words`. */
async function expectEverywhere(page: Page, figures: readonly string[], words: string[]) {
  for (const figure of figures) {
    const cell = await showFigure(page, figure);
    await expect.poll(() => readers[figure]!(cell), { message: figure, ...MODEL }).toEqual(words);
  }
}

for (const { slug, typeIn, cells } of chapters) {
  test(`a sentence typed in one cell of /${slug}/ reaches every cell, in both languages`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, new URL(String(baseURL)).origin);
    await page.goto(`/en/${slug}/`);
    await hydrateAll(page);
    await expectEverywhere(page, cells, SEED);
    await type(await showFigure(page, typeIn), SENTENCE);
    await expectEverywhere(page, cells, WORDS);

    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/zh/${slug}/$`));
    await hydrateAll(page);
    await expectEverywhere(page, cells, WORDS);
    await expect(field(await showFigure(page, typeIn))).toHaveValue(SENTENCE);

    await page.locator('[data-language-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/en/${slug}/$`));
    await expectEverywhere(page, [typeIn], WORDS);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
}

test('the masks decode the page sentence: the causal mask covers its translation after <bos>', async ({
  page,
}) => {
  await page.goto('/en/multi-head-attention/');
  await type(await showFigure(page, 'multi-head'), SENTENCE);
  const masks = await showFigure(page, 'masks');
  await expect.poll(() => readers['masks']!(masks), MODEL).toEqual(WORDS);
  await masks.locator('input[name="masks-mode"][value="causal"]').check();
  const keys = masks.locator('[data-matrix="allowed"] thead th');
  await expect(keys.first()).toHaveText('<bos>');
  const target = (await keys.allTextContents()).filter((key) => key !== '<pad>');
  expect(target.join('')).not.toBe('<bos>她在吃一个绿色的苹果');
  // The decoder's own causal mask: each of its tokens sees itself and the tokens before it.
  const n = await keys.count();
  const rows = masks.locator('[data-matrix="allowed"] tbody tr');
  await expect(rows).toHaveCount(n);
  for (const i of [0, 1, target.length - 1])
    await expect(rows.nth(i).locator('td')).toHaveText(
      Array.from({ length: n }, (_, j) => (j <= i ? '1' : '0')),
    );
});

test('bad input is refused where it was typed, and every cell keeps the last good sentence', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cells = chapters[3].cells;
  await page.goto('/en/transformer/');
  await hydrateAll(page);
  const architecture = await showFigure(page, 'transformer-architecture');
  await type(architecture, SENTENCE);
  await expectEverywhere(page, cells, WORDS);

  await type(architecture, 'the dog is drinking watr');
  const error = architecture.locator('[data-input-error]');
  await expect(error).toHaveAttribute('data-input-error', 'unknown-words');
  await expect(error).toContainText('"watr"');
  // The figures that need the model keep the last sentence it could read; positional encoding
  // needs no vocabulary, so it marks the words' positions whatever they are.
  await expectEverywhere(
    page,
    cells.filter((cell) => cell !== 'positional-encoding'),
    WORDS,
  );
  await expectEverywhere(page, ['positional-encoding'], ['the', 'dog', 'is', 'drinking', 'watr']);

  await architecture.locator('[data-suggestion="water"]').click();
  await expect(error).toHaveCount(0);
  await expect(field(architecture)).toHaveValue(SENTENCE);
  await expectEverywhere(page, cells, WORDS);

  await type(architecture, '  ');
  await expect(error).toHaveAttribute('data-input-error', 'empty');
  const positional = await showFigure(page, 'positional-encoding');
  await expect(positional.locator('[data-message]')).toContainText('has no words');
  await expectEverywhere(page, cells, WORDS);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('chapter 4 refuses an empty sentence in both of its cells and keeps the last one', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.goto('/en/multi-head-attention/');
  const multiHead = await showFigure(page, 'multi-head');
  await type(multiHead, SENTENCE);
  await expectEverywhere(page, chapters[2].cells, WORDS);
  await type(multiHead, '');
  await expect(multiHead.locator('[data-input-error]')).toHaveAttribute(
    'data-input-error',
    'empty',
  );
  const masks = await showFigure(page, 'masks');
  await expect(masks.locator('[data-input-error]')).toHaveAttribute('data-input-error', 'empty');
  await expectEverywhere(page, chapters[2].cells, WORDS);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('from the keyboard alone: type, take a suggestion, and switch language', async ({ page }) => {
  await page.goto('/en/attention/');
  const alignment = await showFigure(page, 'attention-context');
  await expect.poll(() => readers['attention-context']!(alignment), MODEL).toEqual(SEED);
  await field(alignment).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('the dog is drinking watr');
  await page.keyboard.press('Enter');
  const suggestion = alignment.locator('[data-suggestion="water"]');
  await expect(suggestion).toBeVisible(MODEL);
  for (let i = 0; i < 3 && !(await suggestion.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(suggestion).toBeFocused();
  await page.keyboard.press('Enter');
  await expectEverywhere(page, chapters[1].cells, WORDS);
  await page.locator('[data-language-switch]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/attention\/$/);
  await expectEverywhere(page, chapters[1].cells, WORDS);
});

/** The axe violations (WCAG 2.1 A and AA) inside the page's figures only. */
async function figureViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('[data-widget]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) }));
}

for (const slug of ['attention', 'multi-head-attention', 'transformer'] as const) {
  test(`/zh/${slug}/ with a typed sentence fits 360 px and has no axe violations`, async ({
    page,
  }) => {
    const { typeIn, cells } = chapters.find((chapter) => chapter.slug === slug)!;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/zh/${slug}/`);
    await type(await showFigure(page, typeIn), SENTENCE);
    await hydrateAll(page);
    await expectEverywhere(page, cells, WORDS);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // At 360 px the page's display formulas scroll too; that is the prose, not these figures.
    expect(await figureViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await axeViolations(page)).toEqual([]);
  });
}
