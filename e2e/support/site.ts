import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';

const dist = resolve(import.meta.dirname, '..', '..', process.env['E2E_DIST'] ?? 'dist');

/** Every page the build produced, as site paths such as `/en/attention/` (404 and search index excluded). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!['pagefind', '_astro', 'code'].includes(name)) walk(path);
      } else if (name === 'index.html') {
        const route = relative(dist, dir).split(sep).join('/');
        pages.push(route === '' ? '/' : `/${route}/`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The chapter pages among the built pages. */
export function chapterPages(): string[] {
  return builtPages().filter(
    (path) => /^\/(en|zh)\/[^/]+\/$/.test(path) && !/\/(search|glossary)\/$/.test(path),
  );
}

/** What went wrong on a page while a test used it. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

/** Starts recording console errors, uncaught errors and requests to any other origin. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      problems.foreignRequests.push(request.url());
    }
  });
  return problems;
}
