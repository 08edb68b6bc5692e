import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports messages ESLint reports for `source` as if it lived at `path`. */
async function violations(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

// The first lint loads every parser and plugin, which takes seconds on shared cores.
describe('the one-way layers, as ESLint enforces them', { timeout: 60_000 }, () => {
  it.each([
    ['src/engine/x.ts', "import { buildCorpus } from '../../training/data/corpus';"],
    ['src/models/x.ts', "import { combineRuns } from '../../components/translation/combine-runs';"],
    ['src/runtime/x.ts', "export { x } from '../../content/chapters/en/x';"],
    ['components/widgets/x/x.ts', "import { plan } from '../../../training/train/plan';"],
    [
      'components/widgets/x/x.test.ts',
      "import { buildCorpus } from '../../../training/data/corpus';",
    ],
    ['src/pages/x.ts', "import { TRAINING_PLAN } from '../../training/train/plan';"],
    [
      'training/train/x.ts',
      "import { replaceWord } from '../../components/widgets/translate/translate';",
    ],
  ])('rejects a wrong-way import in %s', async (path, source) => {
    const found = await violations(path, `${source}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/training|components|content|prose|Node-only/);
  });

  it.each([
    ['src/translation/x.ts', "import { Tensor } from '../engine/tensor';"],
    ['components/widgets/x/x.ts', "import { greedy } from '../../../src/translation/decoding';"],
    ['src/pages/x.ts', "import Cell from '../../components/cell/Cell.astro';"],
    ['training/train/x.ts', "import { Vocabulary } from '../../src/text/vocabulary';"],
  ])('accepts a right-way import in %s', async (path, source) => {
    expect(await violations(path, `${source}\n`)).toEqual([]);
  });
});
