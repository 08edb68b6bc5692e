import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/site';
import { readMatrix } from './support/tables';
import { horizontalOverflow, maskedSoftmax, matmul, openFigure } from './support/widgets';

// The machines that run these share their cores; hydrating and analysing big tables takes time.
test.describe.configure({ timeout: 180_000 });

const path = '/en/multi-head-attention/';
const backends = ['ts', 'wasm', 'webgl', 'webgpu'] as const;
type Backend = (typeof backends)[number];

/** Multi-head attention written out head by head from the displayed X and weights. */
function multiHead(
  x: number[][],
  [wq, wk, wv, wo]: number[][][],
  heads: number,
): { maps: number[][][]; output: number[][] } {
  const [q, k, v] = [wq!, wk!, wv!].map((w) => matmul(x, w));
  const dK = x[0]!.length / heads;
  const concat = x.map(() => new Array<number>(x[0]!.length).fill(0));
  const maps = Array.from({ length: heads }, (_, h) => {
    const cols = (row: number[]) => row.slice(h * dK, (h + 1) * dK);
    const scores = q!.map((qi) =>
      k!.map((kj) => cols(qi).reduce((s, a, d) => s + a * cols(kj)[d]!, 0) / Math.sqrt(dK)),
    );
    const weights = maskedSoftmax(scores, () => true);
    weights.forEach((row, i) => {
      for (let c = 0; c < dK; c++) {
        concat[i]![h * dK + c] = row.reduce((s, w, j) => s + w * v![j]![h * dK + c]!, 0);
      }
    });
    return weights;
  });
  return { maps, output: matmul(concat, wo!) };
}

async function expectMatchesIndependentMaths(widget: Locator, heads: number) {
  await expect(widget.locator('[data-head-map]')).toHaveCount(heads);
  const x = await readMatrix(widget.locator('[data-matrix="X"] table'));
  const weights = await Promise.all(
    ['W_Q', 'W_K', 'W_V', 'W_O'].map((name) =>
      readMatrix(widget.locator(`[data-matrix="${name}"] table`)),
    ),
  );
  const expected = multiHead(x, weights, heads);
  const output = await readMatrix(widget.locator('[data-matrix="output"] table'));
  expect(output.length).toBe(x.length);
  expected.output.flat().forEach((value, i) => expect(output.flat()[i]).toBeCloseTo(value, 4));
  for (const h of [0, heads - 1]) {
    const map = await readMatrix(widget.locator(`[data-head-map="${h}"] table`));
    expected.maps[h]!.flat().forEach((value, i) => expect(map.flat()[i]).toBeCloseTo(value, 4));
  }
}

async function chooseHeads(widget: Locator, heads: number) {
  await widget.getByRole('group', { name: 'Number of heads h' }).getByLabel(String(heads)).check();
  await expect(widget.locator('[data-dk]')).toHaveAttribute('data-dk', String(8 / heads));
}

/**
 * Opens the figure's untrained (random weights) view on `backend`: the TypeScript reference
 * unless a test is about another one. (The trained view is e2e/heads.spec.ts's.)
 */
async function open(page: Page, backend: Backend = 'ts') {
  const widget = await openFigure(page, path, 'multi-head');
  await widget.getByLabel('Untrained (random weights)').check();
  await widget.getByLabel('Backend').selectOption(backend);
  await expect(widget.locator(`[data-backend-used="${backend}"]`)).toBeVisible({
    timeout: 90_000,
  });
  await expect(widget.locator('[data-source="backend"]')).toHaveCount(1, { timeout: 90_000 });
  return widget;
}

for (const backend of backends) {
  test(`multi-head attention on ${backend} matches an independent computation`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, new URL(String(baseURL)).origin);
    const widget = await open(page, backend);
    if (backend !== 'ts') {
      await expect(widget.locator('[data-cross-check]')).toHaveAttribute(
        'data-cross-check',
        'true',
      );
    }
    await expect(widget.locator('[data-fallback-notice]')).toHaveCount(0);
    const fromBackend = widget.locator('[data-source="backend"]');
    await expect(fromBackend).toHaveCount(1);
    await expectMatchesIndependentMaths(widget, 2);
    await chooseHeads(widget, 4);
    await expect(fromBackend).toHaveCount(1, { timeout: 90_000 });
    await expect(widget.locator(`[data-backend-used="${backend}"]`)).toBeVisible();
    if (backend !== 'ts') {
      await expect(widget.locator('[data-cross-check]')).toHaveAttribute(
        'data-cross-check',
        'true',
      );
    }
    await expectMatchesIndependentMaths(widget, 4);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
}

test('the head count sets d_k and the number of maps', async ({ page }) => {
  const widget = await open(page);
  await expect(widget.locator('[data-dk]')).toContainText('/ h = 8 / 2 = 4');
  for (const heads of [1, 8, 4, 2]) {
    await chooseHeads(widget, heads);
    await expect(widget.locator('[data-head-map]')).toHaveCount(heads);
    await expect(widget.locator('[data-head-map] figcaption').first()).toContainText(
      'attends most to',
    );
    await expectMatchesIndependentMaths(widget, heads);
  }
});

test('the chosen head is kept in the page state when the head count changes', async ({ page }) => {
  const widget = await open(page);
  await chooseHeads(widget, 4);
  const chosen = widget.getByRole('group', { name: 'Head shown in detail' });
  await chosen.getByLabel('3').check();
  await expect(widget.locator('[data-head-map="2"]')).toHaveClass(/chosen/);
  await expect(widget.locator('[data-chosen-head]')).toHaveAttribute('data-chosen-head', '2');
  await chooseHeads(widget, 2);
  await expect(widget.locator('[data-chosen-head]')).toHaveAttribute('data-chosen-head', '1');
  await chooseHeads(widget, 8);
  await expect(widget.locator('[data-chosen-head]')).toHaveAttribute('data-chosen-head', '2');
  await expect(chosen.getByLabel('3')).toBeChecked();
});

test('bad sentences show a message and keep the last result', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const widget = await open(page);
  const input = widget.getByLabel('Sentence (up to 8 words)');
  const rows = widget.locator('[data-matrix="output"] tbody tr');
  await input.fill('');
  await expect(widget.locator('[data-message]')).toContainText('Type at least one word');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(rows).toHaveCount(6);
  await input.fill('one two three four five six seven eight nine');
  await expect(widget.locator('[data-message]')).toContainText('That is 9 words; the limit is 8');
  await expect(rows).toHaveCount(6);
  await expect(widget.locator('[data-matrix="X"] tbody th').first()).toHaveText('she');
  await input.fill('The cat sat!');
  await expect(widget.locator('[data-message]')).toHaveText('');
  await expect(rows).toHaveCount(3);
  await expect(widget.locator('[data-matrix="X"] tbody th')).toHaveText(['the', 'cat', 'sat']);
  await expectMatchesIndependentMaths(widget, 2);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('the multi-head widget works from the keyboard alone', async ({ page }) => {
  const widget = await open(page);
  const input = widget.getByLabel('Sentence (up to 8 words)');
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('a green apple');
  await expect(widget.locator('[data-matrix="output"] tbody tr')).toHaveCount(3);
  await page.keyboard.press('Tab');
  const count = widget.getByRole('group', { name: 'Number of heads h' });
  await expect(count.getByLabel('2', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(widget.locator('[data-dk]')).toHaveAttribute('data-dk', '2');
  await expect(widget.locator('[data-head-map]')).toHaveCount(4);
  await page.keyboard.press('Tab');
  await expect(widget.getByLabel('Backend')).toBeFocused();
  const chosen = widget.getByRole('group', { name: 'Head shown in detail' });
  await chosen.getByLabel('1').focus();
  await page.keyboard.press('ArrowRight');
  await expect(chosen.getByLabel('2')).toBeChecked();
  await expect(widget.locator('[data-chosen-head]')).toHaveAttribute('data-chosen-head', '1');
});

test('the multi-head widget fits 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await open(page);
  for (const heads of [8, 1]) {
    await chooseHeads(widget, heads);
    await widget.locator('details summary').last().click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  }
});

test('the Chinese page shows the widget in Chinese', async ({ page }) => {
  const widget = await openFigure(page, '/zh/multi-head-attention/', 'multi-head');
  await widget.getByLabel('未训练（随机权重）').check();
  await expect(widget.getByRole('group', { name: '头数 h' })).toBeVisible();
  await widget.getByLabel('句子（最多 8 个词）').fill('');
  await expect(widget.locator('[data-message]')).toContainText('请至少输入一个词');
  await expect(widget.locator('[data-head-map] figcaption').first()).toContainText('最关注');
});
