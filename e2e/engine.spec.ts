import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support/site';
import { causalAttention, readMatrix } from './support/tables';
import { engage } from './support/widgets';

const demoPath = '/en/under-the-hood/';

async function openDemo(page: Page) {
  await page.goto(demoPath);
  const demo = page.locator('[data-figure="engine-demo"]');
  await demo.scrollIntoViewIfNeeded();
  // Astro drops the island's `ssr` attribute once the widget has hydrated.
  await expect(demo.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 30_000 });
  return demo;
}

async function expectOutputMatchesIndependentMaths(page: Page) {
  const demo = page.locator('[data-figure="engine-demo"]');
  const [q, k, v] = await Promise.all(
    ['Q', 'K', 'V'].map((name) => readMatrix(demo.locator(`[data-input="${name}"] table`))),
  );
  await demo.getByRole('button', { name: /^6\. output/ }).click();
  const output = await readMatrix(demo.locator('[data-step] table'));
  const expected = causalAttention(q!, k!, v!);
  expected.flat().forEach((value, i) => expect(output.flat()[i]).toBeCloseTo(value, 4));
}

for (const backend of ['ts', 'wasm', 'webgl', 'webgpu'] as const) {
  test(`the engine demo on ${backend} matches an independent computation`, async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, new URL(String(baseURL)).origin);
    const demo = await openDemo(page);
    await demo.getByLabel('Backend').selectOption(backend);
    await expect(demo.locator(`[data-backend-used="${backend}"]`)).toBeVisible({ timeout: 30_000 });
    if (backend !== 'ts') {
      await expect(demo.locator('[data-cross-check]')).toHaveAttribute('data-cross-check', 'true');
    }
    await expect(demo.locator('[data-fallback-notice]')).toHaveCount(0);
    await expectOutputMatchesIndependentMaths(page);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
  });
}

test('starts on auto: TypeScript until the reader engages, then WebAssembly with its check', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  const ortRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/ort/')) ortRequests.push(request.url());
  });
  const demo = await openDemo(page);
  await expect(demo.getByLabel('Backend')).toHaveValue('auto');
  await expect(demo.locator('[data-backend-used="ts"]')).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  expect(ortRequests).toEqual([]);
  await engage(demo);
  await expect(demo.locator('[data-backend-used="wasm"]')).toBeVisible({ timeout: 30_000 });
  expect(ortRequests.length).toBeGreaterThan(0);
  await expect(demo.locator('[data-cross-check]')).toHaveAttribute('data-cross-check', 'true');
  await expect(demo.locator('[data-fallback-notice]')).toHaveCount(0);
  await expectOutputMatchesIndependentMaths(page);
  await demo.locator('[data-verify]').click();
  await expect(demo.locator('[data-cross-check]')).toContainText('checked against the reference');
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('WebGPU chosen without an adapter falls back to WebAssembly, with a notice', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined });
  });
  const demo = await openDemo(page);
  await demo.getByLabel('Backend').selectOption('webgpu');
  await expect(demo.locator('[data-backend-used="wasm"]')).toBeVisible({ timeout: 30_000 });
  await expect(demo.locator('[data-fallback-notice]')).toContainText(
    'WebGPU skipped: no WebGPU adapter',
  );
  await expectOutputMatchesIndependentMaths(page);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('WebGL chosen without a WebGL context falls back to WebAssembly, with a notice', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      return type.startsWith('webgl') ? null : original.call(this, type as '2d', ...(rest as []));
    } as typeof original;
  });
  const demo = await openDemo(page);
  await demo.getByLabel('Backend').selectOption('webgl');
  await expect(demo.locator('[data-backend-used="wasm"]')).toBeVisible({ timeout: 30_000 });
  await expect(demo.locator('[data-fallback-notice]')).toContainText(
    'WebGL skipped: no WebGL 2 context',
  );
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('a lost WebGL context during a run falls back instead of freezing', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.addInitScript(() => {
    const contexts: WebGLRenderingContext[] = [];
    Object.assign(window, { webglContexts: contexts });
    for (const Canvas of [HTMLCanvasElement, OffscreenCanvas]) {
      const original = Canvas.prototype.getContext as (...args: unknown[]) => unknown;
      Canvas.prototype.getContext = function (this: unknown, ...args: unknown[]) {
        const context = original.apply(this, args);
        if (String(args[0]).startsWith('webgl') && context)
          contexts.push(context as WebGLRenderingContext);
        return context;
      } as never;
    }
  });
  const demo = await openDemo(page);
  await demo.getByLabel('Backend').selectOption('webgl');
  await expect(demo.locator('[data-backend-used="webgl"]')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => {
    const { webglContexts } = window as unknown as { webglContexts: WebGLRenderingContext[] };
    for (const context of webglContexts) context.getExtension('WEBGL_lose_context')?.loseContext();
  });
  await demo.getByRole('button', { name: 'New random Q, K, V' }).click();
  await expect(demo.getByText('seed = 2')).toBeVisible();
  await expect(demo.locator('[data-fallback-notice]')).toContainText(
    'WebGL skipped: results differ from the TypeScript reference',
  );
  await expect(demo.locator('[data-backend-used="wasm"]')).toBeVisible({ timeout: 30_000 });
  await expectOutputMatchesIndependentMaths(page);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
});

test('a blocked .wasm download falls back to TypeScript with a notice', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, new URL(String(baseURL)).origin);
  await page.route('**/ort/*.wasm', (route) => route.abort());
  const demo = await openDemo(page);
  await demo.getByLabel('Backend').selectOption('wasm');
  await expect(demo.locator('[data-fallback-notice]')).toContainText('WebAssembly skipped', {
    timeout: 30_000,
  });
  await expect(demo.locator('[data-backend-used="ts"]')).toBeVisible();
  await expectOutputMatchesIndependentMaths(page);
  expect(problems.pageErrors).toEqual([]);
  // The browser and ORT's Emscripten runtime print their own lines about the aborted .wasm (no
  // ORT option turns those off); anything else reaching the console is a failure.
  expect(
    problems.consoleErrors.filter(
      (m) => !/wasm|ArrayBuffer instantiation|Failed to load resource|Aborted\(/.test(m),
    ),
  ).toEqual([]);
});

test('the engine demo works from the keyboard alone', async ({ page }) => {
  const demo = await openDemo(page);
  await expect(demo.locator('[data-backend-used]')).toBeVisible({ timeout: 30_000 });
  const select = demo.getByLabel('Backend');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('ts');
  await expect(demo.locator('[data-backend-used="ts"]')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(demo.getByRole('button', { name: 'New random Q, K, V' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(demo.getByText('seed = 2')).toBeVisible();
  const next = demo.getByRole('button', { name: 'Next step →' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(demo.locator('[data-step]')).toHaveAttribute('data-step', '1');
  await expect(demo.getByRole('button', { name: /^2\. scores/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
});
