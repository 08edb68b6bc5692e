import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/site';
import { hydrateAll } from './support/widgets';

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('every page carries the policy: self only, hashed inline scripts, no objects', async ({
  request,
}) => {
  for (const path of builtPages()) {
    const html = await (await request.get(path)).text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, path).toBeDefined();
    const directives = new Map(
      policy!
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src'), path).toEqual(["'self'"]);
    expect(directives.get('object-src'), path).toEqual(["'none'"]);
    expect(directives.get('base-uri'), path).toEqual(["'self'"]);
    const scripts = directives.get('script-src') ?? [];
    expect(scripts.slice(0, 2), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(
      scripts.slice(2).every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source)),
      path,
    ).toBe(true);
    expect(scripts, path).not.toContain("'unsafe-inline'");
    expect(scripts, path).not.toContain("'unsafe-eval'");
  }
});

test('a script, a fetch and an inline script from elsewhere are blocked and reported', async ({
  page,
}) => {
  await recordViolations(page);
  await page.goto('/en/attention/');
  const origin = new URL(page.url()).origin;
  const foreign: string[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).origin !== origin) foreign.push(response.url());
  });
  const outcome = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.src = 'http://127.0.0.2:9/evil.js';
    const loaded = new Promise<string>((resolve) => {
      script.onload = () => resolve('loaded');
      script.onerror = () => resolve('blocked');
    });
    document.head.append(script);
    const fetched = await fetch('http://127.0.0.2:9/data.json').then(
      () => 'fetched',
      () => 'blocked',
    );
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true;';
    document.head.append(inline);
    return {
      script: await loaded,
      fetched,
      inlineRan: (window as unknown as { inlineRan?: boolean }).inlineRan === true,
    };
  });
  expect(outcome).toEqual({ script: 'blocked', fetched: 'blocked', inlineRan: false });
  await expect.poll(() => violations(page)).toHaveLength(3);
  const reported = await violations(page);
  expect(reported).toEqual(
    expect.arrayContaining([
      'script-src-elem http://127.0.0.2:9/evil.js',
      'connect-src http://127.0.0.2:9/data.json',
      'script-src-elem inline',
    ]),
  );
  // Nothing came back from the other origin: the requests never left the browser.
  expect(foreign).toEqual([]);
});

for (const path of builtPages()) {
  test(`${path} reports no policy violation once every widget has run`, async ({ page }) => {
    test.setTimeout(120_000);
    await recordViolations(page);
    await page.goto(path);
    await hydrateAll(page);
    await page.waitForLoadState('networkidle');
    for (const details of await page.locator('details.code').all()) {
      await details.locator('summary').click();
      await expect(details.locator('pre')).toBeVisible({ timeout: 15_000 });
    }
    expect(await violations(page)).toEqual([]);
  });
}
