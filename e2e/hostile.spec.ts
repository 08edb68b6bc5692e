import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, watchPage } from './support/site';
import { hydrateAll } from './support/widgets';

// Hostile use of every page: every widget hydrated, every text field given each hostile value,
// every button, select and radio activated, all in an order drawn from a seeded generator. The
// number of actions per page is capped so the whole crawl stays within a few minutes. A chapter
// whose controls start model work (chapter 4's head switches each count 100 translations) needs
// the longer timeout on a shared two-core machine; the test is about errors, not speed.
test.describe.configure({ timeout: 240_000 });

const hostileValues = [
  '',
  '   ',
  'NaN',
  '1e30',
  '-Infinity',
  '0x1f',
  '1,5',
  'x'.repeat(5000),
  '<img src=x onerror=alert(1)>',
  '她在吃一个苹果',
  'the zorblax quimbles',
];
const maxActionsPerPage = 90;
const textFields =
  'input:not([type]), input[type="text"], input[type="search"], input[type="number"], textarea';
const controls = 'button, select, input[type="radio"], input[type="checkbox"]';

/** A seeded generator (mulberry32), so a failing order can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash;
}

type Action = { kind: 'type'; index: number; value: string } | { kind: 'activate'; index: number };

async function enter(field: Locator, value: string): Promise<void> {
  // A number field refuses typed text; set it as a browser would after any keystrokes.
  if ((await field.getAttribute('type')) === 'number') {
    await field.evaluate((element, text) => {
      const input = element as HTMLInputElement;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  } else {
    await field.fill(value, { timeout: 2000 });
  }
}

async function activate(control: Locator, random: () => number): Promise<void> {
  const tag = await control.evaluate((element) => element.tagName.toLowerCase());
  if (tag === 'select') {
    const count = await control.locator('option').count();
    if (count > 0)
      await control.selectOption({ index: Math.floor(random() * count) }, { timeout: 2000 });
  } else {
    await control.click({ timeout: 2000 });
  }
}

async function perform(page: Page, action: Action, random: () => number): Promise<void> {
  const target =
    action.kind === 'type'
      ? page.locator(textFields).nth(action.index)
      : page.locator(controls).nth(action.index);
  if (!(await target.isVisible()) || !(await target.isEnabled())) return;
  try {
    if (action.kind === 'type') await enter(target, action.value);
    else await activate(target, random);
  } catch {
    // The control moved or went away as the widget re-rendered: the page itself is still checked.
  }
}

for (const path of builtPages()) {
  test(`${path} survives hostile input without an error`, async ({ page, baseURL }) => {
    const origin = new URL(String(baseURL)).origin;
    const problems = watchPage(page, origin);
    const dialogs: string[] = [];
    const failures: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && response.status() >= 400)
        failures.push(`${response.status()} ${url.pathname}`);
    });
    await page.goto(path);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');

    const random = seededRandom(seedOf(path));
    const fieldCount = await page.locator(textFields).count();
    const controlCount = await page.locator(controls).count();
    const actions: Action[] = [];
    for (let index = 0; index < fieldCount; index++)
      for (const value of hostileValues) actions.push({ kind: 'type', index, value });
    for (let index = 0; index < controlCount; index++) actions.push({ kind: 'activate', index });
    for (let i = actions.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [actions[i], actions[j]] = [actions[j]!, actions[i]!];
    }
    for (const action of actions.slice(0, maxActionsPerPage)) {
      await perform(page, action, random);
      if (new URL(page.url()).pathname !== path) await page.goto(path);
    }
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);

    console.log(
      `${path}: ${Math.min(actions.length, maxActionsPerPage)} of ${actions.length} actions (${fieldCount} text fields, ${controlCount} controls)`,
    );
    expect({ ...problems, dialogs, failures }).toEqual({
      consoleErrors: [],
      pageErrors: [],
      foreignRequests: [],
      dialogs: [],
      failures: [],
    });
  });
}
