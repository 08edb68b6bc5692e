import { expect, test, type Locator } from '@playwright/test';
import { watchPage } from './support/site';
import { axeViolations, horizontalOverflow, hydrateAll, openFigure } from './support/widgets';

// The machines that run these share their cores; hydrating and analysing big tables takes time.
test.describe.configure({ timeout: 180_000 });

const path = '/en/transformer/';

/** PE(pos, i) straight from the formula of the paper. */
function pe(pos: number, i: number, d: number): number {
  const angle = pos / 10000 ** ((2 * Math.floor(i / 2)) / d);
  return i % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
}

function readRects(svg: Locator, a: string, b: string) {
  return svg
    .locator('rect[data-value]')
    .evaluateAll(
      (rects, [first, second]) =>
        rects.map((r) => [
          Number(r.getAttribute(first!)),
          Number(r.getAttribute(second!)),
          Number(r.getAttribute('data-value')),
        ]),
      [a, b],
    );
}

for (const d of [16, 32, 64]) {
  test(`the encoding grid for d_model = ${d} matches the formula`, async ({ page, baseURL }) => {
    const problems = watchPage(page, new URL(String(baseURL)).origin);
    const widget = await openFigure(page, path, 'positional-encoding');
    await widget.getByRole('group', { name: 'Model width d_model' }).getByLabel(String(d)).check();
    await expect(widget.locator('[data-pe]')).toHaveAttribute('data-pe', String(d));
    const cells = await readRects(widget.locator('[data-pe] svg'), 'data-pos', 'data-dim');
    expect(cells).toHaveLength(50 * d);
    for (const [pos, i, value] of cells) expect(value).toBeCloseTo(pe(pos!, i!, d), 5);
    const similarity = await readRects(widget.locator('[data-similarity] svg'), 'data-p', 'data-q');
    expect(similarity).toHaveLength(50 * 50);
    for (const [p, q, value] of similarity) {
      const k = Math.abs(q! - p!);
      // PE(p)·PE(q) = Σ_i cos(k·ω_i): the same for every pair at distance k.
      let expected = 0;
      for (let i = 0; i < d; i += 2) expected += Math.cos(k / 10000 ** (i / d));
      expect(value).toBeCloseTo(expected, 3);
    }
    expect(problems.consoleErrors).toEqual([]);
  });
}

test('arrow keys and the pointer choose the dimension whose wave is drawn', async ({ page }) => {
  const widget = await openFigure(page, path, 'positional-encoding');
  const slider = widget.getByRole('slider', { name: /Dimension shown/ });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '3');
  await expect(widget.locator('[data-wave]')).toContainText('PE(pos, 3)');
  await expect(widget.locator('[data-wave]')).toContainText('Dimension 3 is a cosine');
  const values = (await widget.locator('[data-wave] polyline').getAttribute('data-values'))!
    .split(' ')
    .map(Number);
  expect(values).toHaveLength(50);
  values.forEach((v, pos) => expect(v).toBeCloseTo(pe(pos, 3, 16), 5));
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuenow', '15');
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuenow', '0');
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * (10.5 / 16), box.y + box.height / 2);
  await expect(slider).toHaveAttribute('aria-valuenow', '10');
  await widget.getByLabel('64').focus();
  await page.keyboard.press('Space');
  await expect(slider).toHaveAttribute('aria-valuemax', '63');
});

test('the positional figure fits 360 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openFigure(page, path, 'positional-encoding');
  await widget.getByLabel('64').check();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('the Chinese positional figure is in Chinese', async ({ page }) => {
  const widget = await openFigure(page, '/zh/transformer/', 'positional-encoding');
  await expect(widget.getByRole('slider', { name: /显示的维度/ })).toBeVisible();
  await expect(widget.locator('[data-similarity]')).toContainText('只取决于距离 k');
});

for (const lang of ['en', 'zh'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`chapter 5 (${lang}) with its widgets hydrated has no axe violations, ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${lang}/transformer/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await hydrateAll(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
