import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The engine stays small enough to read in one sitting: tests and test helpers do not count.
// It was 3,000 until the WebAssembly tile loop (src/engine/kernels/matmul-wasm.ts), which makes
// training steps 1.4 to 2 times faster with the same bits, took about 180 lines.
const BUDGET = 3200;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

it(`keeps src/engine within ${BUDGET} lines of code`, () => {
  const lines = sources('src/engine').reduce(
    (sum, file) => sum + readFileSync(file, 'utf8').split('\n').length - 1,
    0,
  );
  console.log(`src/engine: ${lines} lines (budget ${BUDGET})`);
  expect(lines).toBeLessThanOrEqual(BUDGET);
});
