import { expect, test, type Locator, type Page } from '@playwright/test';
import { chapterPages } from './support/site';
import { axeViolations } from './support/widgets';

// The expected answers, worked out here from the questions' own numbers (not imported from the
// page's checker), keyed by exercise id.
const expectedAnswers: Record<string, number> = {
  'next-token-softmax': Math.exp(2) / (Math.exp(2) + Math.exp(1) + 1),
  'step-loss': -Math.log(0.25),
  'factor-count': 8 + 1,
  'rnn-two-steps': Math.tanh(1 + 0.5 * Math.tanh(1)),
  'gru-update': 0.9 * 1 + 0.1 * -1,
  'teacher-forcing-inputs': 4,
  'scaled-score': (1 * 2 + 2 * 0 + 0 * 1 + 1 * 1) / Math.sqrt(4),
  'attention-weight': Math.exp(1.5) / (Math.exp(1.5) + Math.exp(0.5) + Math.exp(-1)),
  'context-value': 0.7 * 2 + 0.2 * 0 + 0.1 * -1,
  'head-width': 512 / 16,
  'output-projection-size': 8 * 64 * 512,
  'causal-blocked': (6 * 5) / 2,
  'positional-value': Math.sin(1 / Math.pow(10000, 2 / 16)),
  'kv-cache-keys': 5 * 2 * 4,
  'ffn-parameters': 2 * 512 * 2048 + 2048 + 512,
};

const slugsWithExercises = [
  'seq2seq',
  'encoder-decoder',
  'attention',
  'multi-head-attention',
  'transformer',
];
const exercisePages = ['en', 'zh'].flatMap((lang) =>
  slugsWithExercises.map((slug) => `/${lang}/${slug}/`),
);

/** Opens `path` and scrolls to its exercises until they have hydrated. */
async function openExercises(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const set = page.locator('[data-exercises]');
  await set.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has([data-exercises])')).not.toHaveAttribute('ssr', {
    timeout: 30_000,
  });
  return set;
}

async function answer(exercise: Locator, text: string): Promise<Locator> {
  await exercise.locator('input').fill(text);
  await exercise.locator('button[type="submit"]').click();
  return exercise.locator('[data-feedback]');
}

for (const path of chapterPages()) {
  test(`${path}: every cell shows what to try and what to notice`, async ({ page }) => {
    await page.goto(path);
    const cells = page.locator('article [data-figure]');
    expect(await cells.count()).toBeGreaterThan(0);
    for (const cell of await cells.all()) {
      const guide = cell.locator('[data-try-this]');
      await expect(guide).toBeVisible();
      const paragraphs = guide.locator('p');
      await expect(paragraphs).toHaveCount(2);
      for (const p of await paragraphs.all()) {
        const [label, rest] = [await p.locator('strong').innerText(), await p.innerText()];
        expect(label.trim()).not.toBe('');
        expect(rest.length - label.length).toBeGreaterThan(20);
      }
    }
  });
}

for (const path of exercisePages) {
  test(`${path}: computed exercises accept the answer, explain a wrong one, refuse bad input`, async ({
    page,
  }) => {
    const set = await openExercises(page, path);
    const exercises = set.locator('[data-kind="number"]');
    expect(await exercises.count()).toBeGreaterThanOrEqual(2);
    for (const exercise of await exercises.all()) {
      const id = (await exercise.getAttribute('data-exercise'))!;
      const expected = expectedAnswers[id];
      expect(expected, `an expected value for ${id}`).toBeDefined();
      const feedback = await answer(exercise, String(Number(expected!.toFixed(4))));
      await expect(feedback, id).toHaveAttribute('data-verdict', 'correct');
      await expect(exercise.locator('[data-working]')).toBeVisible();

      await answer(exercise, String(expected! + 1));
      await expect(feedback, id).toHaveAttribute('data-verdict', 'wrong');
      const working = exercise.locator('[data-working]');
      await expect(working).toBeVisible();
      const shown = Number.isInteger(expected)
        ? String(expected)
        : String(Number(expected!.toPrecision(4)));
      await expect(working).toContainText(shown);

      for (const [text, verdict] of [
        ['', 'empty'],
        ['abc', 'not-a-number'],
        ['NaN', 'not-a-number'],
        ['1e30', 'out-of-range'],
      ] as const) {
        await answer(exercise, text);
        await expect(feedback, `${id} given "${text}"`).toHaveAttribute('data-verdict', verdict);
        await expect(feedback.locator('p')).toHaveCount(1);
        expect((await feedback.innerText()).trim()).not.toBe('');
        await expect(exercise.locator('input')).toHaveAttribute('aria-invalid', 'true');
      }
    }
  });

  test(`${path}: every option of every multiple choice explains itself`, async ({ page }) => {
    const set = await openExercises(page, path);
    const exercises = set.locator('[data-kind="choice"]');
    expect(await exercises.count()).toBeGreaterThanOrEqual(1);
    for (const exercise of await exercises.all()) {
      const options = exercise.locator('input[type="radio"]');
      expect(await options.count()).toBeGreaterThanOrEqual(2);
      const verdicts: string[] = [];
      const explanations = new Set<string>();
      for (const option of await options.all()) {
        await option.check();
        const feedback = exercise.locator('[data-feedback]');
        await expect(feedback).toHaveAttribute('data-verdict', /^(correct|wrong)$/);
        verdicts.push((await feedback.getAttribute('data-verdict'))!);
        const text = (await feedback.innerText()).trim();
        expect(text.length).toBeGreaterThan(10);
        explanations.add(text);
      }
      expect(verdicts.filter((v) => v === 'correct')).toHaveLength(1);
      expect(explanations.size).toBe(verdicts.length);
    }
  });
}

test('solved exercises stay marked after a reload, and can be cleared', async ({ page }) => {
  const set = await openExercises(page, '/en/attention/');
  const first = set.locator('[data-kind="number"]').first();
  await answer(first, String(expectedAnswers['scaled-score']));
  await expect(set.locator('[data-progress]')).toContainText('1 of 5');
  const again = await openExercises(page, '/en/attention/');
  await expect(again.locator('[data-progress]')).toContainText('1 of 5');
  await expect(again.locator('.solved')).toHaveCount(1);
  await again.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(again.locator('[data-progress]')).toContainText('0 of 5');
});

test('the keyboard alone answers an exercise', async ({ page }) => {
  const set = await openExercises(page, '/zh/multi-head-attention/');
  const exercise = set.locator('[data-kind="number"]').first();
  await exercise.locator('input').focus();
  await page.keyboard.type('32');
  await page.keyboard.press('Enter');
  await expect(exercise.locator('[data-feedback]')).toHaveAttribute('data-verdict', 'correct');
  const choice = set.locator('[data-kind="choice"]').first();
  await choice.locator('input[type="radio"]').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(choice.locator('[data-feedback]')).toHaveAttribute('data-verdict', /correct|wrong/);
});

for (const slug of [
  'seq2seq',
  'encoder-decoder',
  'attention',
  'multi-head-attention',
  'transformer',
  'under-the-hood',
]) {
  test(`/en/${slug}/ and /zh/${slug}/ have the same cells, headings, exercises and references`, async ({
    page,
  }) => {
    const shape = async (lang: string) => {
      await page.goto(`/${lang}/${slug}/`);
      return page.evaluate(() => {
        const article = document.querySelector('article')!;
        const h2 = [...article.querySelectorAll('h2')];
        const references = h2.find((h) =>
          /^(References|参考文献|参考资料)$/.test(h.textContent!.trim()),
        );
        let count = 0;
        for (
          let node = references?.nextElementSibling;
          node && node.tagName !== 'H2';
          node = node.nextElementSibling
        )
          count += node.querySelectorAll('li').length;
        return {
          cells: [...article.querySelectorAll('[data-figure]')].map((c) =>
            c.getAttribute('data-figure'),
          ),
          h2: h2.length,
          // Widgets' own h3s follow their state (a stepper's frame), so only the prose's count.
          h3: [...article.querySelectorAll('h3')].filter((h) => !h.closest('[data-figure]')).length,
          exercises: [...article.querySelectorAll('[data-exercise]')].map((e) =>
            e.getAttribute('data-exercise'),
          ),
          options: [...article.querySelectorAll('[data-exercise] input[type="radio"]')].length,
          references: references ? count : -1,
        };
      });
    };
    const [en, zh] = [await shape('en'), await shape('zh')];
    expect(zh).toEqual(en);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a chapter with answered exercises has no axe violations in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const set = await openExercises(page, '/en/transformer/');
    const numbers = set.locator('[data-kind="number"]');
    await answer(numbers.nth(0), 'abc');
    await answer(numbers.nth(1), '40');
    await answer(numbers.nth(2), '7');
    await set.locator('[data-kind="choice"] input[type="radio"]').first().check();
    await set.locator('[data-kind="choice"]').nth(1).locator('input[type="radio"]').nth(1).check();
    expect(await axeViolations(page)).toEqual([]);
  });
}
