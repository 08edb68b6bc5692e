import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodeWeights } from '../src/models/weights-format';
import { watchPage, type PageProblems } from './support/site';
import { readMatrix } from './support/tables';
import { horizontalOverflow, maskedSoftmax, showFigure } from './support/widgets';

// The Q/K/V playground's preset from the trained Transformer, checked against the shipped weights
// with this file's own few lines of maths: embedding, positional encoding, x·W + b, head split.

test.describe.configure({ timeout: 180_000 });

const SEED = ['she', 'is', 'eating', 'a', 'green', 'apple'];
type Rows = number[][];
type Role = 'query' | 'key' | 'value';

const shipped = (() => {
  const bytes = new Uint8Array(readFileSync('public/models/transformer/weights.bin'));
  const { tensors, metadata } = decodeWeights(bytes);
  const { spec, srcVocab } = metadata as {
    spec: { config: { dModel: number; heads: number; layers: number } };
    srcVocab: { tokens: string[] };
  };
  const matrix = (name: string): Rows => {
    const t = tensors.get(name)!;
    const columns = t.shape.at(-1)!;
    return Array.from({ length: t.size / columns }, (_, r) => [
      ...t.data.subarray(r * columns, (r + 1) * columns),
    ]);
  };
  return { matrix, ...spec.config, ids: SEED.map((word) => srcVocab.tokens.indexOf(word)) };
})();
const DK = shipped.dModel / shipped.heads;

/** One head's queries, keys or values in the encoder's first layer, for the seed sentence. */
function encoderHead(role: Role, head: number): Rows {
  const { dModel, matrix, ids } = shipped;
  const embedding = matrix('encoder.embedding');
  const x = ids.map((id, position) =>
    embedding[id]!.map((v, i) => {
      const angle = position / 10000 ** ((2 * Math.floor(i / 2)) / dModel);
      return v * Math.sqrt(dModel) + (i % 2 === 0 ? Math.sin(angle) : Math.cos(angle));
    }),
  );
  const [w, b] = [matrix(`encoder.0.self.${role}.W`), matrix(`encoder.0.self.${role}.b`)[0]!];
  return x.map((row) =>
    Array.from({ length: DK }, (_, j) => {
      const c = head * DK + j;
      return row.reduce((sum, v, p) => sum + v * w[p]![c]!, b[c]!);
    }),
  );
}

/** softmax(q·k / √d_k) per query row. */
function attentionWeights(q: Rows, k: Rows): Rows {
  const scores = q.map((row) =>
    k.map((key) => row.reduce((s, x, j) => s + x * key[j]!, 0) / Math.sqrt(row.length)),
  );
  return maskedSoftmax(scores, () => true);
}

/** The largest difference between two matrices of the same shape (Infinity if the shapes differ). */
function largestGap(actual: Rows, expected: Rows): number {
  const same =
    actual.length === expected.length && actual.every((r, i) => r.length === expected[i]!.length);
  return same
    ? Math.max(...actual.flatMap((row, i) => row.map((v, j) => Math.abs(v - expected[i]![j]!))))
    : Infinity;
}

function expectClose(actual: Rows, expected: Rows, tolerance: number) {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  actual.forEach((row, i) =>
    row.forEach((value, j) => {
      if (Math.abs(value - expected[i]![j]!) > tolerance)
        expect(value, `[${i}][${j}]`).toBe(expected[i]![j]);
    }),
  );
}

/** The values of an editable grid, row by row, as the widget computes with them. */
function readGrid(cell: Locator, name: string): Promise<Rows> {
  return cell
    .locator(`[data-matrix="${name}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('input')].map((input) => Number(input.dataset['value'])),
      ),
    );
}

const rowLabels = (cell: Locator, name: string) =>
  cell.locator(`[data-matrix="${name}"] tbody th`).allTextContents();

const gridCell = (cell: Locator, name: string, row: number, column: number) =>
  cell.locator(`[data-matrix="${name}"] [data-cell="${row}-${column}"]`);

const chips = (cell: Locator, which: 'original' | 'edited') =>
  cell.locator(`[data-translation="${which}"] li`);

/** Opens chapter 3 in `lang` with the playground on the trained preset, the model loaded. */
async function openTrained(page: Page, lang: 'en' | 'zh' = 'en'): Promise<Locator> {
  await page.goto(`/${lang}/attention/`);
  const cell = await showFigure(page, 'attention-calc');
  await cell.getByLabel(lang === 'en' ? 'Preset' : '预设').selectOption('trained');
  await expect(cell.locator('[data-trained-edit]')).toBeVisible({ timeout: 60_000 });
  await expect(cell.locator('[data-matrix="Q"] thead th')).toHaveCount(DK);
  return cell;
}

/** Chooses an attention site and head in the trained preset (0-based numbers). */
async function pick(
  cell: Locator,
  { kind, layer, head, step }: { kind: string; layer: number; head: number; step?: number },
) {
  await cell.getByLabel('Attention', { exact: true }).selectOption(kind);
  await cell.getByLabel('Layer', { exact: true }).selectOption({ value: String(layer) });
  await cell.getByLabel('Head', { exact: true }).selectOption({ value: String(head) });
  if (step !== undefined)
    await cell.getByLabel('Target step', { exact: true }).selectOption({ value: String(step) });
}

/** Types `text` into a grid cell and waits for the model's re-run to be shown. */
async function editAndWait(cell: Locator, name: string, row: number, column: number, text: string) {
  const panel = cell.locator('[data-trained-edit]');
  const serial = await panel.getAttribute('data-edit-serial');
  await gridCell(cell, name, row, column).fill(text);
  await expect(panel).not.toHaveAttribute('data-edit-serial', serial!, { timeout: 30_000 });
}

function expectClean(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
}

test('the trained preset shows the model’s own Q, K and V for the seed sentence', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openTrained(page);
  await expect(cell.locator('[data-backend-note]')).toContainText('TypeScript reference');
  for (let head = 0; head < shipped.heads; head++) {
    await pick(cell, { kind: 'encoder-self', layer: 0, head });
    await expect(cell.locator('[data-matrix="Q"] tbody tr')).toHaveCount(SEED.length);
    expect(await rowLabels(cell, 'Q')).toEqual(SEED);
    expect(await rowLabels(cell, 'K')).toEqual(SEED);
    for (const [name, role] of [
      ['Q', 'query'],
      ['K', 'key'],
      ['V', 'value'],
    ] as const) {
      const expected = encoderHead(role, head);
      await expect
        .poll(async () => largestGap(await readGrid(cell, name), expected))
        .toBeLessThan(1e-4);
    }
  }
  // The step-through runs on them: its weights are the head's softmax(QKᵀ/√d_k).
  await cell.locator('[data-step-key="weights"]').click();
  const expected = attentionWeights(encoderHead('query', 3), encoderHead('key', 3));
  await expect
    .poll(async () => largestGap(await readMatrix(cell.locator('[data-step] table')), expected))
    .toBeLessThan(1e-4);
  // A decoder site: one query, named by what its step reads and writes; keys up to that step.
  await pick(cell, { kind: 'decoder-self', layer: 1, head: 0, step: 2 });
  await expect(cell.locator('[data-matrix="Q"] tbody tr')).toHaveCount(1);
  await expect(cell.locator('[data-matrix="K"] tbody tr')).toHaveCount(3);
  expect((await rowLabels(cell, 'K'))[0]).toBe('<bos>');
  expect((await rowLabels(cell, 'Q'))[0]).toMatch(/→/);
  await pick(cell, { kind: 'cross', layer: 1, head: 0, step: 2 });
  await expect(cell.locator('[data-matrix="K"] tbody tr')).toHaveCount(SEED.length);
  expect(await rowLabels(cell, 'V')).toEqual(SEED);
  expectClean(problems);
});

test('editing one Q value moves that head’s weights exactly as recomputed', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openTrained(page);
  const head = 1;
  await pick(cell, { kind: 'encoder-self', layer: 0, head });
  const [q, k] = [encoderHead('query', head), encoderHead('key', head)];
  const original = attentionWeights(q, k);
  expectClose(await readMatrix(cell.locator('[data-weights="original"] table')), original, 1e-5);
  await editAndWait(cell, 'Q', 2, 5, '2.5');
  const edited = q.map((row, i) => (i === 2 ? row.map((v, j) => (j === 5 ? 2.5 : v)) : row));
  const expected = attentionWeights(edited, k);
  const shown = await readMatrix(cell.locator('[data-weights="edited"] table'));
  expectClose(shown, expected, 1e-5);
  expectClose(
    shown.filter((_, i) => i !== 2),
    original.filter((_, i) => i !== 2),
    1e-5,
  );
  expect(Math.max(...shown[2]!.map((w, j) => Math.abs(w - original[2]![j]!)))).toBeGreaterThan(
    1e-3,
  );
  await expect(cell.locator('[data-edit-ms]')).toBeVisible();
  expectClean(problems);
});

/** The longest common subsequence of two token lists, by length. */
function commonLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    b.forEach((y, j) => {
      const above = row[j + 1]!;
      row[j + 1] = x === y ? diagonal + 1 : Math.max(row[j + 1]!, row[j]!);
      diagonal = above;
    });
  }
  return row[b.length]!;
}

test('a large edit changes the translation, marks the change, and Reset restores it', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openTrained(page);
  const original = (await chips(cell, 'original').allTextContents()).map((t) => t.trim());
  const reset = cell.getByRole('button', { name: 'Reset to the model’s values' });
  await expect(reset).toBeDisabled();
  // One huge value in a value vector swamps what that head passes on; some head's does matter.
  let edited: string[] = [];
  for (let head = 0; head < shipped.heads && edited.length === 0; head++) {
    await pick(cell, { kind: 'encoder-self', layer: 0, head });
    await editAndWait(cell, 'V', 0, 0, '100000');
    const tokens = (await chips(cell, 'edited').allTextContents()).map((t) => t.trim());
    if (tokens.join(' ') !== original.join(' ')) edited = tokens;
    else await reset.click();
  }
  expect(edited.length).toBeGreaterThan(0);
  const marked = cell.locator('[data-translation="edited"] li[data-marked]');
  const plain = edited.map((t) => t.replace(/\s*\(changed\)$/, ''));
  await expect(marked).toHaveCount(plain.length - commonLength(original, plain));
  await expect(marked.first()).toContainText('(changed)');
  let first = 0;
  while (first < plain.length && plain[first] === original[first]) first++;
  await expect(cell.locator('[data-edit-summary]')).toContainText(
    `the first change is at step ${first + 1}`,
  );
  await expect(cell.locator('[data-first-change]')).toHaveAttribute(
    'data-first-change',
    String(first),
  );
  const chosen = cell.locator('[data-top="edited"] tr.chosen');
  await expect(chosen).toHaveAttribute('data-candidate', plain[first] ?? '<eos>');
  await expect(cell.locator('[data-top="original"] tr.chosen')).toHaveAttribute(
    'data-candidate',
    original[first] ?? '<eos>',
  );
  // Reset: the model's own values, translation and weights.
  await reset.click();
  await expect(chips(cell, 'edited')).toHaveCount(0);
  await expect(cell.locator('[data-weights="edited"]')).toHaveCount(0);
  expect((await chips(cell, 'original').allTextContents()).map((t) => t.trim())).toEqual(original);
  const head = Number(await cell.getByLabel('Head', { exact: true }).inputValue());
  expectClose(await readGrid(cell, 'V'), encoderHead('value', head), 1e-4);
  await expect(reset).toBeDisabled();
  expectClean(problems);
});

test('bad input is refused at its cell and the last good state stays', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openTrained(page);
  await editAndWait(cell, 'Q', 0, 0, '1');
  const panel = cell.locator('[data-trained-edit]');
  const serial = await panel.getAttribute('data-edit-serial');
  const weights = await readMatrix(cell.locator('[data-weights="edited"] table'));
  const translation = await chips(cell, 'edited').allTextContents();
  const target = gridCell(cell, 'Q', 1, 1);
  const kept = await target.getAttribute('data-value');
  for (const [text, message] of [
    ['abc', 'Not a number'],
    ['NaN', 'Not a number'],
    ['1e30', 'Must be between −1000000 and 1000000'],
    ['', 'Empty: type a number'],
  ] as const) {
    await target.fill(text);
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    const describedBy = await target.getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`)).toHaveText(message);
    await expect(target).toHaveAttribute('data-value', kept!);
    await expect(cell.getByRole('status').filter({ hasText: 'Invalid cells' })).toBeVisible();
    await expect(panel).toHaveAttribute('data-edit-serial', serial!);
    expect(await readMatrix(cell.locator('[data-weights="edited"] table'))).toEqual(weights);
    expect(await chips(cell, 'edited').allTextContents()).toEqual(translation);
  }
  await editAndWait(cell, 'Q', 1, 1, '0.5');
  await expect(target).not.toHaveAttribute('aria-invalid');
  expectClean(problems);
});

test('the trained preset works from the keyboard alone', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.goto('/en/attention/');
  const cell = await showFigure(page, 'attention-calc');
  const tabTo = async (target: Locator, limit = 300) => {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  };
  await cell.getByLabel('Backend').focus();
  const preset = cell.getByLabel('Preset');
  await tabTo(preset, 10);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(preset).toHaveValue('trained');
  await expect(cell.locator('[data-trained-edit]')).toBeVisible({ timeout: 60_000 });
  await expect(cell.locator('[data-matrix="Q"] thead th')).toHaveCount(DK);
  const kind = cell.getByLabel('Attention', { exact: true });
  await tabTo(kind, 20);
  await page.keyboard.press('ArrowDown');
  await expect(kind).toHaveValue('decoder-self');
  await expect(cell.getByLabel('Target step', { exact: true })).toBeVisible();
  await expect(cell.locator('[data-matrix="Q"] tbody tr')).toHaveCount(1);
  const first = gridCell(cell, 'Q', 0, 0);
  await tabTo(first, 20);
  const panel = cell.locator('[data-trained-edit]');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(panel).toHaveAttribute('data-edit-serial', '1', { timeout: 30_000 });
  await expect(cell.locator('[data-weights="edited"]')).toBeVisible();
  const reset = cell.getByRole('button', { name: 'Reset to the model’s values' });
  await tabTo(reset);
  await page.keyboard.press('Enter');
  await expect(cell.locator('[data-weights="edited"]')).toHaveCount(0);
  expectClean(problems);
});

test('at 360 px the trained preset fits without sideways scrolling', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.setViewportSize({ width: 360, height: 800 });
  const cell = await openTrained(page);
  await pick(cell, { kind: 'cross', layer: 1, head: 2, step: 1 });
  await editAndWait(cell, 'Q', 0, 3, '20');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const box = (await cell.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const widget = cell.locator('[data-widget] astro-island > *').first();
  expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expectClean(problems);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the trained preset has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const cell = await openTrained(page);
    await editAndWait(cell, 'V', 0, 0, '100000');
    await gridCell(cell, 'Q', 0, 0).fill('oops');
    const results = await new AxeBuilder({ page })
      .include('[data-figure="attention-calc"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) })),
    ).toEqual([]);
  });
}

test('in Chinese, the trained preset follows the page’s sentence', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openTrained(page, 'zh');
  await expect(cell.getByRole('option', { name: '训练好的 Transformer' })).toHaveCount(1);
  await expect(cell.locator('[data-backend-note]')).toContainText('TypeScript 参考实现');
  await expect(cell.getByText('模型的译文', { exact: true })).toBeVisible();
  await editAndWait(cell, 'Q', 0, 0, '3');
  await expect(cell.getByText('用你的值', { exact: true })).toBeVisible();
  await expect(cell.getByRole('button', { name: '恢复模型的原值' })).toBeEnabled();
  const sentence = cell.getByLabel('英文句子');
  await sentence.fill('he is eating a banana');
  await sentence.press('Enter');
  await expect.poll(() => rowLabels(cell, 'Q')).toEqual(['he', 'is', 'eating', 'a', 'banana']);
  await expect(cell.locator('[data-weights="edited"]')).toHaveCount(0);
  expectClean(problems);
});
