import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './support/site';
import { readMatrix } from './support/tables';

const chapter = '/en/attention/';

// ONNX Runtime sessions (WebGPU above all) can take tens of seconds to start on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function hydrated(page: Page, figure: string): Promise<Locator> {
  const cell = page.locator(`[data-figure="${figure}"]`);
  await cell.scrollIntoViewIfNeeded();
  // Astro drops the island's `ssr` attribute once the widget has hydrated.
  await expect(cell.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 30_000 });
  return cell;
}

/** The chapter with the playground hydrated (its first backend run may still be going). */
async function openPlayground(page: Page, path = chapter): Promise<Locator> {
  await page.goto(path);
  return hydrated(page, 'attention-calc');
}

/** The values of an editable matrix, row by row, as the widget computes with them. */
function readEditor(cell: Locator, name: string): Promise<number[][]> {
  return cell
    .locator(`[data-matrix="${name}"] tbody tr`)
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('input')].map((input) => Number(input.dataset['value'])),
      ),
    );
}

/** softmax(QKᵀ/√d_k)·V with an optional causal mask, written out independently of the engine. */
function attention(q: number[][], k: number[][], v: number[][], causal = false): number[][] {
  const scale = 1 / Math.sqrt(q[0]!.length);
  return q.map((qi, i) => {
    const keys = causal ? k.slice(0, i + 1) : k;
    const scores = keys.map((kj) => qi.reduce((sum, x, d) => sum + x * kj[d]!, 0) * scale);
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return v[0]!.map((_, c) => exps.reduce((sum, e, j) => sum + (e / total) * v[j]![c]!, 0));
  });
}

async function showStep(cell: Locator, key: string) {
  await cell.locator(`[data-step-key="${key}"]`).click();
  await expect(cell.locator('[data-step]')).toHaveAttribute('data-step', key);
}

/** Waits until the output shown (computed by `backend`, if given) matches the independent maths. */
async function expectOutputMatches(
  cell: Locator,
  {
    causal = false,
    digits = 4,
    backend,
  }: { causal?: boolean; digits?: number; backend?: string } = {},
) {
  await showStep(cell, 'output');
  if (backend) {
    await expect(cell.locator('[data-step]')).toHaveAttribute('data-computed-by', backend, {
      timeout: 90_000,
    });
  }
  const [q, k, v] = await Promise.all(['Q', 'K', 'V'].map((m) => readEditor(cell, m)));
  const expected = attention(q!, k!, v!, causal).flat();
  await expect
    .poll(async () => {
      const output = (await readMatrix(cell.locator('[data-step] table'))).flat();
      return output.length === expected.length &&
        output.every((value, i) => Math.abs(value - expected[i]!) < 10 ** -digits)
        ? 'matches'
        : JSON.stringify({ output, expected });
    })
    .toBe('matches');
}

/** Equal within float32 noise (the shown values may switch from the TypeScript trace to a backend's). */
function expectClose(actual: number[][], expected: number[][]) {
  expect(actual.length).toBe(expected.length);
  actual
    .flat()
    .forEach((value, i) => expect(Math.abs(value - expected.flat()[i]!)).toBeLessThan(1e-5));
}

function cellInput(cell: Locator, matrix: string, row: number, column: number): Locator {
  return cell.locator(`[data-matrix="${matrix}"] [data-cell="${row}-${column}"]`);
}

for (const backend of ['ts', 'wasm', 'webgl', 'webgpu'] as const) {
  test(`editing Q on ${backend} gives the independently computed output`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, new URL(String(baseURL)).origin);
    const cell = await openPlayground(page);
    await cell.getByLabel('Backend').selectOption(backend);
    await expect(cell.locator(`[data-backend-used="${backend}"]`)).toBeVisible({
      timeout: 90_000,
    });
    if (backend !== 'ts') {
      await expect(cell.locator('[data-cross-check]')).toHaveAttribute('data-cross-check', 'true');
    }
    await expect(cell.locator('[data-fallback-notice]')).toHaveCount(0);
    const before = await readMatrix(cell.locator('[data-step] table'));
    await cellInput(cell, 'Q', 5, 3).fill('-1.75');
    await expect(cellInput(cell, 'Q', 5, 3)).toHaveAttribute('data-value', '-1.75');
    await expectOutputMatches(cell, { backend });
    expect(await readMatrix(cell.locator('[data-step] table'))).not.toEqual(before);
    await cell.getByLabel(/Causal mask/).check();
    await expectOutputMatches(cell, { causal: true, backend });
    await expect(cell.locator(`[data-backend-used="${backend}"]`)).toBeVisible();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });
}

test('every backend shows the same step values within 1e-4', async ({ page }) => {
  const cell = await openPlayground(page);
  await cell.getByLabel('Preset').selectOption('random');
  const results: number[][][] = [];
  for (const backend of ['ts', 'wasm', 'webgl', 'webgpu'] as const) {
    await cell.getByLabel('Backend').selectOption(backend);
    await expect(cell.locator(`[data-backend-used="${backend}"]`)).toBeVisible({
      timeout: 90_000,
    });
    await expect(cell.locator('[data-step]')).toHaveAttribute('data-computed-by', backend, {
      timeout: 90_000,
    });
    const steps: number[] = [];
    for (const key of ['scores', 'scaled', 'weights', 'output']) {
      await showStep(cell, key);
      steps.push(...(await readMatrix(cell.locator('[data-step] table'))).flat());
    }
    results.push([steps]);
  }
  const [reference, ...others] = results.map((r) => r[0]!);
  for (const other of others) {
    other.forEach((value, i) => expect(Math.abs(value - reference![i]!)).toBeLessThan(1e-4));
  }
});

test('the step-through visits the steps in order, forwards and back', async ({ page }) => {
  const cell = await openPlayground(page);
  await cell.getByLabel(/Causal mask/).check();
  const order = ['scores', 'scaled', 'masked', 'weights', 'output'];
  const step = cell.locator('[data-step]');
  await expect(step).toHaveAttribute('data-step', 'scores');
  await expect(cell.locator('.formula .step-highlight')).toHaveCount(1);
  const next = cell.getByRole('button', { name: 'Next step →' });
  const previous = cell.getByRole('button', { name: '← Previous step' });
  await expect(previous).toBeDisabled();
  for (const key of order.slice(1)) {
    await next.click();
    await expect(step).toHaveAttribute('data-step', key);
    await expect(cell.locator(`[data-step-key="${key}"]`)).toHaveAttribute('aria-current', 'step');
  }
  await expect(next).toBeDisabled();
  for (const key of order.slice(0, -1).reverse()) {
    await previous.click();
    await expect(step).toHaveAttribute('data-step', key);
  }
  // The arrow keys on the step buttons move too.
  await cell.locator('[data-step-key="scores"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveAttribute('data-step', 'scaled');
  await expect(cell.locator('[data-step-key="scaled"]')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(step).toHaveAttribute('data-step', 'scores');
});

test('the playground works from the keyboard alone, from Tab to result', async ({ page }) => {
  const cell = await openPlayground(page);
  await cell.getByLabel('Backend').focus();
  await page.keyboard.press('ArrowDown');
  await expect(cell.getByLabel('Backend')).toHaveValue('ts');
  await expect(cell.locator('[data-backend-used="ts"]')).toBeVisible({ timeout: 30_000 });
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  const first = cellInput(cell, 'Q', 0, 0);
  await expect(first).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2.5');
  await expect(first).toHaveAttribute('data-value', '2.5');
  await page.keyboard.press('ArrowDown');
  await expect(cellInput(cell, 'Q', 1, 0)).toBeFocused();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(cellInput(cell, 'Q', 1, 0)).toHaveValue('1.6');
  await page.keyboard.press('ArrowRight');
  await expect(cellInput(cell, 'Q', 1, 1)).toBeFocused();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(cellInput(cell, 'Q', 1, 1)).toHaveValue('0.9');
  const next = cell.getByRole('button', { name: 'Next step →' });
  for (let i = 0; i < 100 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(cell.locator('[data-step]')).toHaveAttribute('data-step', 'output');
  await expectOutputMatches(cell);
});

test('sizes change within bounds and presets load', async ({ page }) => {
  const cell = await openPlayground(page);
  const dK = cell.getByLabel('Key size d_k');
  await dK.fill('2');
  await dK.press('Enter');
  await expect(cell.locator('[data-matrix="Q"] thead th')).toHaveCount(2);
  await expect(cell.locator('[data-matrix="K"] thead th')).toHaveCount(2);
  await expectOutputMatches(cell);
  const nK = cell.getByLabel('Keys n_k');
  await nK.fill('12');
  await nK.press('Enter');
  await expect(nK).toHaveValue('8');
  await expect(cell.locator('[data-matrix="V"] tbody tr')).toHaveCount(8);
  await expectOutputMatches(cell);
  await cell.getByLabel('Preset').selectOption('lookup');
  await showStep(cell, 'weights');
  const weights = (await readMatrix(cell.locator('[data-step] table')))[0]!;
  expect(weights[2]).toBeGreaterThan(0.999);
  await cell.getByLabel('Preset').selectOption('uniform');
  await showStep(cell, 'weights');
  for (const w of (await readMatrix(cell.locator('[data-step] table'))).flat()) {
    expect(w).toBeCloseTo(0.25, 5);
  }
  await cell.getByLabel('seed', { exact: true }).fill('5');
  await cell.getByLabel('seed', { exact: true }).press('Enter');
  await expect(cell.getByLabel('Preset')).toHaveValue('random');
  await expectOutputMatches(cell);
});

test('bad input is flagged at the cell and the last good result stays', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openPlayground(page);
  await showStep(cell, 'output');
  const good = await readMatrix(cell.locator('[data-step] table'));
  const target = cellInput(cell, 'Q', 2, 1);
  for (const [text, message] of [
    ['abc', 'Not a number'],
    ['', 'Empty: type a number'],
    ['NaN', 'Not a number'],
    ['1e30', 'Must be between −1000000 and 1000000'],
    ['2000000', 'Must be between −1000000 and 1000000'],
  ] as const) {
    await target.fill(text);
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    const describedBy = await target.getAttribute('aria-describedby');
    await expect(page.locator(`#${describedBy}`)).toHaveText(message);
    await expect(cell.getByRole('status').filter({ hasText: 'Invalid cells' })).toBeVisible();
    expectClose(await readMatrix(cell.locator('[data-step] table')), good);
  }
  await target.fill('0.5');
  await expect(target).not.toHaveAttribute('aria-invalid');
  await expect(target).not.toHaveAttribute('aria-describedby');
  await expectOutputMatches(cell);
  const afterFix = await readMatrix(cell.locator('[data-step] table'));

  // A pasted block of junk marks each bad cell; the valid ones are taken.
  await cellInput(cell, 'K', 0, 0).evaluate((input) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'x\t1e99\n\t??\n');
    input.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(cellInput(cell, 'K', 0, 0)).toHaveAttribute('aria-invalid', 'true');
  await expect(cellInput(cell, 'K', 0, 1)).toHaveAttribute('aria-invalid', 'true');
  await expect(cellInput(cell, 'K', 1, 0)).toHaveAttribute('aria-invalid', 'true');
  expectClose(await readMatrix(cell.locator('[data-step] table')), afterFix);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('extreme but valid logits of ±1e4 compute correctly', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openPlayground(page);
  // Query 'she' · key 'she' = 10000 · 2 / √4 = 1e4; · key 'is' = 10000 · 0.5 / 2 = 2500.
  await cellInput(cell, 'Q', 0, 0).fill('10000');
  await cellInput(cell, 'Q', 1, 0).fill('-10000');
  await expectOutputMatches(cell, { digits: 3 });
  await showStep(cell, 'scaled');
  const scaled = await readMatrix(cell.locator('[data-step] table'));
  expect(scaled[0]![0]).toBeCloseTo(1e4, 0);
  await showStep(cell, 'weights');
  const weights = await readMatrix(cell.locator('[data-step] table'));
  expect(weights[0]![0]).toBeCloseTo(1, 5);
  expect(weights.flat().every(Number.isFinite)).toBe(true);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('dragging a cell vertically scrubs its value', async ({ page }) => {
  const cell = await openPlayground(page);
  const input = cellInput(cell, 'Q', 0, 0);
  await input.scrollIntoViewIfNeeded();
  const box = (await input.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 - 50, { steps: 5 });
  await page.mouse.up();
  await expect(input).toHaveAttribute('data-value', '1.5');
  await expectOutputMatches(cell);
});

test('why-scale: variance and peakedness with and without scaling', async ({ page }) => {
  await page.goto(chapter);
  const cell = await hydrated(page, 'why-scale');
  const slider = cell.getByLabel(/Key size d_k/);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(cell.locator('output')).toHaveText('512');
  const value = (stat: string, column: number) =>
    cell.locator(`[data-stat="${stat}"] td`).nth(column).getAttribute('data-value').then(Number);
  expect(await value('statVariance', 0)).toBeGreaterThan(350);
  expect(await value('statVariance', 1)).toBeLessThan(1.5);
  expect(await value('statMaxWeight', 0)).toBeGreaterThan(0.8);
  expect(await value('statMaxWeight', 1)).toBeLessThan(0.4);
  await page.keyboard.press('Home');
  await expect(cell.locator('output')).toHaveText('1');
  expect(await value('statVariance', 0)).toBeCloseTo(await value('statVariance', 1), 6);
  await page.keyboard.press('ArrowRight');
  await expect(cell.locator('output')).toHaveText('2');
  await expect(cell.locator('svg[role="img"]').first()).toHaveAttribute('aria-label', /d_k = 2/);
});

test('soft lookup: the weights follow the query and match softmax(β q·k)', async ({ page }) => {
  await page.goto(chapter);
  const cell = await hydrated(page, 'soft-lookup');
  const keys = await cell
    .locator('circle.key')
    .evaluateAll((circles) =>
      circles.map((c) => [Number(c.getAttribute('cx')), -Number(c.getAttribute('cy'))]),
    );
  const readWeights = () =>
    cell
      .locator('[data-key] [data-value]')
      .evaluateAll((spans) => spans.map((s) => Number((s as HTMLElement).dataset['value'])));
  const expected = (qx: number, qy: number) => {
    const scores = keys.map(([x, y]) => qx * x! + qy * y!);
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  };
  const before = await readWeights();
  (await readWeights()).forEach((w, i) => expect(w).toBeCloseTo(expected(0.8, 1.2)[i]!, 5));
  const plane = cell.getByRole('application');
  await plane.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  // Focusing a figure lets the page load ORT, whose compilation can hold the keys back a while.
  await expect.poll(readWeights, { timeout: 20_000 }).not.toEqual(before);
  (await readWeights()).forEach((w, i) => expect(w).toBeCloseTo(expected(1.3, 1.2)[i]!, 5));
  const box = (await plane.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(async () => (await readWeights()).every((w) => Math.abs(w - 0.2) < 0.01), {
      timeout: 20_000,
    })
    .toBe(true);
  await cell.getByLabel('Query x').focus();
  await page.keyboard.press('End');
  await expect(cell.getByLabel('Query x')).toHaveAttribute('aria-valuetext', '3.00');
  (await readWeights()).forEach((w, i) => expect(w).toBeCloseTo(expected(3, 0)[i]!, 5));
});

test('at 360 px the chapter does not scroll sideways and the widgets fit', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(chapter);
  for (const figure of ['soft-lookup', 'attention-calc', 'why-scale']) {
    const cell = await hydrated(page, figure);
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Nothing is clipped by the cell either: the widget fits its box, wide tables scroll inside.
    const widget = cell.locator('[data-widget] astro-island > *').first();
    const inner = (await widget.boundingBox())!;
    expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width);
    expect(await widget.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  }
  await page
    .locator('[data-figure="attention-calc"]')
    .getByLabel(/Causal mask/)
    .check();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('hydration causes no layout shift in the widgets', async ({ page }) => {
  await page.goto(chapter);
  for (const figure of ['soft-lookup', 'attention-calc', 'why-scale']) {
    const cell = page.locator(`[data-figure="${figure}"] [data-widget]`);
    const ssrHeight = await cell.evaluate((el) => el.getBoundingClientRect().height);
    await hydrated(page, figure);
    if (figure === 'attention-calc') {
      await expect(cell.locator('[data-backend-used]')).toBeVisible({ timeout: 90_000 });
    }
    const height = await cell.evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(height - ssrHeight)).toBeLessThan(2);
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the hydrated widgets have no axe violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(chapter);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const playground = await hydrated(page, 'attention-calc');
    await hydrated(page, 'soft-lookup');
    await hydrated(page, 'why-scale');
    await playground.getByLabel(/Causal mask/).check();
    await cellInput(playground, 'Q', 0, 0).fill('oops');
    await showStep(playground, 'masked');
    const results = await new AxeBuilder({ page })
      .include('[data-figure="attention-calc"]')
      .include('[data-figure="why-scale"]')
      .include('[data-figure="soft-lookup"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) })),
    ).toEqual([]);
  });
}

test('the Chinese chapter renders the three widgets in Chinese', async ({ page, baseURL }) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openPlayground(page, '/zh/attention/');
  await expect(cell.getByLabel('预设')).toBeVisible();
  await expect(cell.getByRole('button', { name: '下一步 →' })).toBeVisible();
  await cellInput(cell, 'Q', 0, 0).fill('不是');
  await expect(cell.getByText('不是数字', { exact: true })).toBeVisible();
  const lookup = await hydrated(page, 'soft-lookup');
  await expect(lookup.getByText('各个键上的 softmax 权重', { exact: true })).toBeVisible();
  const scale = await hydrated(page, 'why-scale');
  await expect(scale.getByRole('button', { name: '重新随机采样' })).toBeVisible();
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});
