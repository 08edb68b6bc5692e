import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { shippedBundle } from '../src/facts/shipped';
import type { HeadRef } from '../src/models/interventions';
import type { Transformer } from '../src/models/transformer';
import {
  ABLATION_SAMPLE_FILE,
  encodeSample,
  parseAblationSample,
} from '../src/translation/ablation-sample';
import { exactMatchWithHeadsOff } from '../src/translation/head-ablation';
import { greedyIntervened } from '../src/translation/intervened-decoding';
import { translationChanges } from '../src/translation/translation-changes';
import { watchPage } from './support/site';
import { horizontalOverflow, openFigure } from './support/widgets';

// The page and this test both translate the 100 sample sentences on shared cores.
test.describe.configure({ timeout: 300_000 });

const loaded = { timeout: 120_000 };
const SEED = ['she', 'is', 'eating', 'a', 'green', 'apple'];

// The shipped weights and sample, run here in Node: the independent side of every comparison.
const bundle = shippedBundle('transformer');
const model = bundle.model as Transformer;
const sample = encodeSample(
  parseAblationSample(
    JSON.parse(readFileSync(`public/models/transformer/${ABLATION_SAMPLE_FILE}`, 'utf8')),
  ),
  bundle.srcVocab,
  bundle.tgtVocab,
);
const exactWith = async (headsOff: readonly HeadRef[]) =>
  (await exactMatchWithHeadsOff(model, sample.pairs, headsOff)).exact;
const translationWith = (headsOff: readonly HeadRef[]) =>
  bundle.tgtVocab
    .decode(greedyIntervened(model, bundle.srcVocab.encode(SEED), { headsOff }).tokens)
    .join(' ');
const everyHead: HeadRef[] = (['encoder-self', 'decoder-self', 'cross'] as const).flatMap((kind) =>
  Array.from({ length: model.config.layers }, (_, layer) =>
    Array.from({ length: model.config.heads }, (_, head) => ({ kind, layer, head })),
  ).flat(),
);

/** The first head, cross-attention first, whose switching off changes the exact-match count. */
async function headThatMatters(baseline: number): Promise<{ head: HeadRef; exact: number }> {
  const order = [...everyHead].sort(
    (a, b) => Number(b.kind === 'cross') - Number(a.kind === 'cross'),
  );
  for (const head of order) {
    const exact = await exactWith([head]);
    if (exact !== baseline) return { head, exact };
  }
  throw new Error('no single head changes the exact match on the sample');
}

const SWITCH_NAME = {
  'encoder-self': 'Encoder layer {layer}, head {head}',
  'decoder-self': 'Decoder self-attention layer {layer}, head {head}',
  cross: 'Cross-attention layer {layer}, head {head}',
} as const;
const switchName = ({ kind, layer, head }: HeadRef) =>
  SWITCH_NAME[kind].replace('{layer}', String(layer + 1)).replace('{head}', String(head + 1));

/** The multi-head cell of chapter 4 in `lang`, hydrated. */
async function openMultiHead(page: Page, lang: 'en' | 'zh' = 'en'): Promise<Locator> {
  return openFigure(page, `/${lang}/multi-head-attention/`, 'multi-head');
}

/** The accuracy figure once it is computed for the heads now off: its exact-match count. */
async function shownExact(widget: Locator): Promise<number> {
  const figure = widget.locator('[data-accuracy="done"] [data-accuracy-figure]');
  await expect(figure).toHaveAttribute('data-exact', /\d/, loaded);
  return Number(await figure.getAttribute('data-exact'));
}

/** Chapter 5's architecture cell with the head switches under the figure hydrated. */
async function openArchitectureSwitches(page: Page, lang: 'en' | 'zh'): Promise<Locator> {
  const cell = await openFigure(page, `/${lang}/transformer/`, 'transformer-architecture');
  await cell.locator('[data-heads-toggle]').scrollIntoViewIfNeeded();
  await expect(cell.locator('astro-island').nth(1)).not.toHaveAttribute('ssr', {
    timeout: 30_000,
  });
  return cell;
}

async function figureViolations(page: Page, figure: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .include(`[data-figure="${figure}"]`)
    .analyze();
  return violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((n) => n.target) }));
}

test('multi-head starts on the trained model; a head off changes the accuracy and the translation as the model does', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const widget = await openMultiHead(page);
  await expect(widget.getByLabel('Trained Transformer')).toBeChecked();
  await expect(widget.getByLabel('English sentence')).toHaveValue(SEED.join(' '));
  const original = widget.locator('[data-translation="original"]');
  await expect(original).toHaveAttribute('data-words', translationWith([]), loaded);
  await expect(widget.locator('[data-trained-map]')).toHaveCount(model.config.heads);

  const before = await shownExact(widget);
  const baseline = await exactWith([]);
  expect(before).toBe(baseline);
  const { head, exact } = await headThatMatters(baseline);

  const control = widget.getByRole('checkbox', { name: switchName(head) });
  await control.uncheck();
  await expect(widget.locator('[data-heads-off-count]')).toHaveAttribute(
    'data-heads-off-count',
    '1',
  );
  await expect(widget.locator('[data-translation="edited"]')).toHaveAttribute(
    'data-words',
    translationWith([head]),
    loaded,
  );
  const after = await shownExact(widget);
  expect(after).toBe(exact);
  expect(after).not.toBe(before);
  await expect(widget.locator('[data-accuracy-baseline]')).toHaveAttribute(
    'data-accuracy-baseline',
    String(before),
  );

  await control.check();
  expect(await shownExact(widget)).toBe(before);
  await expect(widget.locator('[data-translation="edited"]')).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('every head off is allowed and says what happened; the untrained toggle shows random weights', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const widget = await openMultiHead(page);
  await expect(widget.locator('[data-translation="original"]')).toHaveAttribute(
    'data-words',
    /./,
    loaded,
  );
  await widget.getByRole('button', { name: 'Switch every head off' }).click();
  await expect(widget.locator('[data-heads-off-count]')).toHaveText(
    `${everyHead.length} of ${everyHead.length} heads off.`,
  );
  await expect(widget.locator('[data-consequence]')).toContainText('Every head is off');
  await expect(widget.locator('[data-translation="edited"]')).toHaveAttribute(
    'data-words',
    translationWith(everyHead),
    loaded,
  );
  // The marks and the empty-translation note, as the changes computed here say.
  const allOff = greedyIntervened(model, bundle.srcVocab.encode(SEED), { headsOff: everyHead });
  const changes = translationChanges(
    greedyIntervened(model, bundle.srcVocab.encode(SEED), {}).tokens,
    allOff.tokens,
  );
  await expect(widget.locator('[data-translation="edited"] mark')).toHaveCount(
    changes.changed.filter(Boolean).length,
  );
  await expect(widget.locator('[data-empty-translation]')).toHaveCount(
    allOff.tokens.length === 0 ? 1 : 0,
  );
  expect(await shownExact(widget)).toBe(await exactWith(everyHead));
  await expect(widget.locator('[data-trained-map].off')).toHaveCount(model.config.heads);

  await widget.getByLabel('Untrained (random weights)').check();
  await expect(widget.locator('[data-trained-heads]')).toBeHidden();
  await expect(widget.locator('[data-matrix="X"]')).toBeVisible();
  await expect(widget.locator('[data-head-map]')).toHaveCount(2);
  await expect(widget.getByText('Seeded random weights')).toBeVisible();
  // Back on the trained model, the switches are as the reader left them.
  await widget.getByLabel('Trained Transformer').check();
  await expect(widget.locator('[data-heads-off-count]')).toHaveAttribute(
    'data-heads-off-count',
    String(everyHead.length),
  );
  await widget.getByRole('button', { name: 'Switch every head on' }).click();
  await expect(widget.locator('[data-consequence]')).toHaveCount(0);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('the heads can be switched from the keyboard alone, and the accuracy is announced politely', async ({
  page,
}) => {
  const widget = await openMultiHead(page);
  const field = widget.getByLabel('English sentence');
  await expect(widget.locator('[data-translation="original"]')).toHaveAttribute(
    'data-words',
    /./,
    loaded,
  );
  await shownExact(widget);
  await expect(widget.locator('[data-accuracy-figure]')).toHaveAttribute('aria-live', 'polite');
  await field.focus();
  await page.keyboard.press('Tab');
  const site = widget.getByRole('radio', { name: 'Encoder self-attention' });
  await expect(site).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'Decoder masked self-attention' })).toBeChecked();
  await expect(widget.locator('[data-trained-map] caption').first()).toContainText(
    'Decoder masked self-attention, layer 1, head 1',
  );
  const first = widget.getByRole('checkbox', { name: switchName(everyHead[0]!) });
  for (let i = 0; i < 12 && !(await first.evaluate((e) => e === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).not.toBeChecked();
  await expect(widget.locator('[data-heads-off-count]')).toHaveAttribute(
    'data-heads-off-count',
    '1',
  );
  await shownExact(widget);
  // A new sentence translates again but leaves the accuracy, which does not depend on it.
  const progress = widget.locator('[data-accuracy-progress]');
  await field.fill('he is reading a book');
  await field.press('Enter');
  await expect(widget.locator('[data-translation="original"]')).not.toHaveAttribute(
    'data-words',
    translationWith([]),
    loaded,
  );
  await expect(progress).toHaveCount(0);
  const box = await first.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(20);
  const label = await first.locator('xpath=..').boundingBox();
  expect(label!.height).toBeGreaterThanOrEqual(24);
});

test('the trained view fits 360 px, and has no axe violations in either language or theme', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['en', 'zh'] as const) {
    const widget = await openMultiHead(page, lang);
    await expect(widget.locator('[data-translation="original"]')).toHaveAttribute(
      'data-words',
      /./,
      loaded,
    );
    await widget.locator('[data-all-heads="off"]').click();
    await expect(widget.locator('[data-translation="edited"]')).toHaveAttribute(
      'data-words',
      translationWith(everyHead),
      loaded,
    );
    await widget.locator('input[value="cross"]').check();
    await shownExact(widget);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    if (lang === 'zh') {
      await expect(
        widget.getByRole('checkbox', { name: '编码器第 2 层，第 3 个头' }),
      ).not.toBeChecked();
      await expect(widget.locator('[data-consequence]')).toContainText('所有头都关闭了');
      await expect(widget.locator('[data-accuracy-figure]')).toContainText('译得完全正确');
    }
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
      expect(await figureViolations(page, 'multi-head')).toEqual([]);
    }
  }
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('under the architecture figure, heads switch off from the keyboard, with the translation and accuracy that result', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const cell = await openArchitectureSwitches(page, 'en');
  const toggle = cell.locator('[data-heads-toggle]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const head: HeadRef = { kind: 'encoder-self', layer: 0, head: 0 };
  const control = cell.getByRole('checkbox', { name: switchName(head) });
  await control.focus();
  await page.keyboard.press('Space');
  await expect(cell.locator('[data-translation="edited"]')).toHaveAttribute(
    'data-words',
    translationWith([head]),
    loaded,
  );
  expect(await shownExact(cell)).toBe(await exactWith([head]));
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await figureViolations(page, 'transformer-architecture')).toEqual([]);
  await toggle.click();
  await expect(cell.locator('[data-heads-off]')).toBeHidden();
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('the Chinese architecture figure offers the switches in Chinese', async ({ page }) => {
  const cell = await openArchitectureSwitches(page, 'zh');
  await cell.getByRole('button', { name: '关闭某些头' }).click();
  await expect(cell.getByRole('checkbox', { name: '交叉注意力第 1 层，第 2 个头' })).toBeChecked(
    loaded,
  );
  await cell.getByRole('button', { name: '关闭所有头' }).click();
  await expect(cell.locator('[data-consequence]')).toContainText('所有头都关闭了');
});
