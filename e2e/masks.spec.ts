import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/site';
import { readMatrix } from './support/tables';
import {
  axeViolations,
  horizontalOverflow,
  hydrateAll,
  maskedSoftmax,
  openFigure,
  showFigure,
} from './support/widgets';

// The machines that run these share their cores; hydrating and analysing big tables takes time.
test.describe.configure({ timeout: 180_000 });

const path = '/en/multi-head-attention/';
const modes = { causal: 'Causal', padding: 'Padding', both: 'Causal and padding' } as const;

/** Opens the masks figure on `at` and waits for the trained Transformer's translations. */
async function openMasks(page: Page, at = path): Promise<Locator> {
  const widget = await openFigure(page, at, 'masks');
  await expect(widget.locator('[data-result]')).toBeAttached({ timeout: 120_000 });
  return widget;
}

/** The mask, scores and weights the widget shows for its chosen sentence. */
async function readGrids(widget: Locator) {
  const [allowed, scores, weights] = await Promise.all(
    ['[data-matrix="allowed"]', '[data-heatmap="scores"]', '[data-heatmap="weights"]'].map((s) =>
      readMatrix(widget.locator(`${s} table`)),
    ),
  );
  const words = await widget.locator('[data-matrix="allowed"] thead th').allTextContents();
  return { allowed: allowed!, scores: scores!, weights: weights!, words };
}

for (const [mode, name] of Object.entries(modes)) {
  test(`the ${mode} mask zeroes exactly the blocked weights`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(String(baseURL)).origin);
    const widget = await openMasks(page);
    await widget.getByRole('group', { name: 'Mask' }).getByLabel(name, { exact: true }).check();
    await expect(widget.locator('[data-mode]')).toHaveAttribute('data-mode', mode);
    const sentences = widget
      .getByRole('group', { name: 'Sentence of the batch' })
      .getByRole('radio');
    await expect(sentences).toHaveCount(3);
    for (let s = 0; s < 3; s++) {
      await sentences.nth(s).check();
      await expect(widget.locator('[data-sentence]')).toHaveAttribute('data-sentence', String(s));
      const { allowed, scores, weights, words } = await readGrids(widget);
      words.forEach((key, j) =>
        allowed.forEach((row, i) => {
          const causalOk = j <= i;
          const padOk = key !== '<pad>';
          const expected =
            mode === 'causal' ? causalOk : mode === 'padding' ? padOk : causalOk && padOk;
          expect(row[j], `${mode} sentence ${s} (${i}, ${j})`).toBe(expected ? 1 : 0);
        }),
      );
      const expected = maskedSoftmax(scores, (i, j) => allowed[i]![j] === 1);
      weights.forEach((row, i) => {
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
        row.forEach((w, j) => {
          if (allowed[i]![j] === 0) expect(w).toBe(0);
          expect(w).toBeCloseTo(expected[i]![j]!, 5);
        });
      });
      const dimmed = await widget.locator('[data-heatmap="weights"] td.dimmed').count();
      expect(dimmed).toBe(allowed.flat().filter((a) => a === 0).length);
    }
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
}

test('the masks follow the sentence typed into the multi-head figure', async ({ page }) => {
  const multiHead = await openFigure(page, path, 'multi-head');
  const field = multiHead.locator('[data-sentence-field]');
  await field.fill('the dog is drinking water');
  await field.press('Enter');
  const widget = await showFigure(page, 'masks');
  const batch = widget.getByRole('group', { name: 'Sentence of the batch' });
  // Causal first: the decoder's batch, each translation after <bos>.
  await expect(batch.locator('[data-side]')).toHaveAttribute('data-side', 'target', {
    timeout: 120_000,
  });
  await expect(batch.getByRole('radio')).toHaveCount(3);
  for (const row of await batch.locator('.words').allTextContents())
    expect(row.startsWith('<bos> ')).toBe(true);
  await widget.getByLabel('Padding', { exact: true }).check();
  await expect(batch.locator('[data-side]')).toHaveAttribute('data-side', 'source');
  await expect(batch).toContainText('the dog is drinking water');
  await expect(batch).toContainText('she eats <pad> <pad> <pad>');
});

test('the masks widget works from the keyboard alone', async ({ page }) => {
  const widget = await openMasks(page);
  const causal = widget.getByLabel('Causal', { exact: true });
  await causal.focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.locator('[data-mode]')).toHaveAttribute('data-mode', 'padding');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('radio').nth(3)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(widget.locator('[data-sentence]')).toHaveAttribute('data-sentence', '2');
  await expect(widget.locator('[data-heatmap="weights"] figcaption')).toContainText(
    "'she' attends most to",
  );
});

test('the masks widget fits 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openMasks(page);
  await widget.getByLabel('Causal and padding').check();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('the Chinese masks widget is in Chinese', async ({ page }) => {
  const widget = await openMasks(page, '/zh/multi-head-attention/');
  await widget.getByRole('group', { name: '掩码' }).getByLabel('填充掩码', { exact: true }).check();
  await expect(widget.locator('[data-heatmap="scores"] figcaption')).toContainText('可以关注');
  await expect(widget.locator('[data-heatmap="weights"] figcaption')).toContainText('最关注');
});

for (const lang of ['en', 'zh'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`chapter 4 (${lang}) with its widgets hydrated has no axe violations, ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${lang}/multi-head-attention/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await hydrateAll(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
