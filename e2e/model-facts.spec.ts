import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { chapterPages } from './support/site';

interface Card {
  parameters: number;
  spec: { config: Record<string, number | boolean> };
  training: Record<string, number> & { finetune?: Record<string, number> };
  test: { exactMatch: number; bleu: number; examples: number };
  buckets: { min: number; max: number; exactMatch: number; bleu: number; examples: number }[];
}

const cards = new Map<string, Card>();
function card(kind: string): Card {
  if (!cards.has(kind)) {
    const path = resolve(import.meta.dirname, '..', 'public', 'models', kind, 'card.json');
    cards.set(kind, JSON.parse(readFileSync(path, 'utf8')) as Card);
  }
  return cards.get(kind)!;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** What the page should say for `key` of `kind`'s card, read from card.json by this test. */
function expected(kind: string, key: string, locale: string): string {
  const c = card(kind);
  const dot = key.indexOf('.');
  const [group, name] = dot < 0 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
  const bucket = c.buckets.find((b) => `${b.min}-${b.max}` === name);
  const count = (x: number) => Math.round(x).toLocaleString(locale);
  if (group === 'parameters') return count(c.parameters);
  if (group === 'test' && name === 'exact') return percent(c.test.exactMatch);
  if (group === 'test' && name === 'bleu') return (c.test.bleu * 100).toFixed(1);
  if (group === 'test' && name === 'examples') return count(c.test.examples);
  if (group === 'exact' && bucket) return percent(bucket.exactMatch);
  if (group === 'bleu' && bucket) return (bucket.bleu * 100).toFixed(1);
  if (group === 'examples' && bucket) return count(bucket.examples);
  if (group === 'training' && name === 'minutes') return count(c.training['seconds']! / 60);
  if (group === 'training' && name === 'lr') return String(c.training['lr']);
  if (group === 'training') return count(c.training[name]!);
  if (group === 'finetune' && c.training.finetune) {
    const value = c.training.finetune[name]!;
    if (name === 'longShare') return percent(value);
    return name === 'lr' ? String(value) : count(value);
  }
  if (group === 'config') return String(c.spec.config[name]);
  throw new Error(`the test does not know the key ${key}`);
}

for (const path of chapterPages()) {
  test(`every model number on ${path} is the one its card holds`, async ({ page }) => {
    await page.goto(path);
    const facts = await page.$$eval('.model-fact[data-fact]', (spans) =>
      spans.map((s) => ({
        kind: (s as HTMLElement).dataset['factKind']!,
        key: (s as HTMLElement).dataset['fact']!,
        text: s.textContent,
      })),
    );
    const locale = path.startsWith('/zh/') ? 'zh-CN' : 'en';
    for (const { kind, key, text } of facts)
      expect(text, `${kind} ${key} on ${path}`).toBe(expected(kind, key, locale));
  });
}

test('chapter 5 compares the long-sentence scores from the cards, in both languages', async ({
  page,
}) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(`/${lang}/transformer/`);
    for (const kind of ['attention', 'transformer']) {
      const fact = page.locator(`.model-fact[data-fact-kind="${kind}"][data-fact="exact.26-30"]`);
      await expect(fact.first()).toHaveText(percent(card(kind).buckets.at(-1)!.exactMatch));
    }
  }
});

test('chapter 3 states alignment weights computed from the model, each a share of one', async ({
  page,
}) => {
  for (const lang of ['en', 'zh']) {
    await page.goto(`/${lang}/attention/`);
    const weights = await page.$$eval('.model-fact[data-attention]', (spans) =>
      spans.map((s) => s.textContent),
    );
    expect(weights.length).toBeGreaterThanOrEqual(3);
    for (const w of weights) {
      expect(w).toMatch(/^[01]\.\d\d$/);
      expect(Number(w)).toBeGreaterThan(0.5);
    }
  }
});
