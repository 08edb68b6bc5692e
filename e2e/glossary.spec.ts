import { expect, test } from '@playwright/test';

const termIds = async (page: import('@playwright/test').Page) =>
  page.locator('[data-term]').evaluateAll((terms) => terms.map((t) => t.getAttribute('data-term')));

test('the glossary lists the same terms in both languages, each in English and Chinese', async ({
  page,
}) => {
  await page.goto('/en/glossary/');
  const en = await termIds(page);
  expect(en.length).toBeGreaterThanOrEqual(30);
  expect(new Set(en).size).toBe(en.length);
  const pairs = await page.locator('[data-term] dt').evaluateAll((dts) =>
    dts.map((dt) => ({
      en: dt.querySelector('[lang="en"]')?.textContent?.trim() ?? '',
      zh: dt.querySelector('[lang="zh-CN"]')?.textContent?.trim() ?? '',
    })),
  );
  for (const pair of pairs) {
    expect(pair.en).toMatch(/[A-Za-z]/);
    expect(pair.zh).not.toBe('');
  }
  expect(pairs).toContainEqual({ en: 'teacher forcing', zh: '教师强制' });
  await page.goto('/zh/glossary/');
  expect(await termIds(page)).toEqual(en);
});

for (const lang of ['en', 'zh']) {
  test(`every link of /${lang}/glossary/ reaches its chapter and section`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${lang}/glossary/`);
    const hrefs = await page
      .locator('[data-term] a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs.length).toBe((await termIds(page)).length);
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.pathname).toMatch(new RegExp(`^/${lang}/[a-z0-9-]+/$`));
      const response = await request.get(url.pathname);
      expect(response.status(), href).toBe(200);
      if (url.hash === '') continue;
      const id = decodeURIComponent(url.hash.slice(1));
      expect((await response.text()).includes(`id="${id}"`), `anchor of ${href}`).toBe(true);
    }
  });

  test(`the header of a /${lang}/ chapter and of the home page links to the glossary`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/attention/`);
    await expect(page.locator(`header a[href="/${lang}/glossary/"]`)).toBeVisible();
    await page.goto(`/${lang}/`);
    await page.locator(`header a[href="/${lang}/glossary/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/glossary/$`));
  });
}
