import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOTS = ['src', 'components', 'training'];
const CODE = /\.(ts|svelte|astro)$/;
const RESOLVE = ['', '.ts', '.svelte.ts', '.svelte', '/index.ts'];
// Value imports only: a type-only import is erased at build time and cannot form a runtime cycle.
const SPECIFIER =
  /(?:^|\n)\s*(?:import(?!\s+type\b)[^'"]*?from\s*|export(?!\s+type\b)[^'"]*?from\s*|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : CODE.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const found: string[] = [];
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
    const base = resolve(dirname(file), specifier!.replace(/\?.*$/, ''));
    const target = RESOLVE.map((ext) => base + ext).find(
      (p) => existsSync(p) && statSync(p).isFile(),
    );
    if (target) found.push(relative('.', target));
  }
  return found;
}

it('has no import cycle among the project’s own modules', () => {
  const graph = new Map(ROOTS.flatMap(files).map((file) => [file, importsOf(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file]);
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  expect(graph.size).toBeGreaterThan(100);
  expect(cycles.map((cycle) => cycle.join(' → '))).toEqual([]);
});
