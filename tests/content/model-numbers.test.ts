import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Numbers about the trained models come from their cards through <ModelFact> and <AttentionFact>;
// a percentage or a two-decimal weight typed into the prose would go stale when a model is retrained.
const LOOKS_LIKE_A_MODEL_NUMBER = [/\d+(?:\.\d+)?\s*[%％]/g, /(?<![\d.])0\.\d{2,}/g];

/** The prose of an MDX file with maths, code and fact components removed. */
function prose(source: string): string {
  return source
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/<(ModelFact|AttentionFact)\b[^>]*\/>/g, ' ');
}

/** Every stretch of `source`'s prose that looks like a model number typed by hand. */
function typedNumbers(source: string): string[] {
  const text = prose(source);
  return LOOKS_LIKE_A_MODEL_NUMBER.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0]));
}

const root = 'content/chapters';
const files = readdirSync(root).flatMap((lang) =>
  readdirSync(join(root, lang)).map((name) => join(root, lang, name)),
);

describe('numbers about the trained models in the chapters', () => {
  it('are caught when typed by hand, and left alone in maths and fact components', () => {
    expect(typedNumbers('the Transformer gets 80.7% right, 在 puts 0.94 on is')).toEqual([
      '80.7%',
      '0.94',
    ]);
    expect(typedNumbers('正确率为 95 ％')).toEqual(['95 ％']);
    expect(
      typedNumbers(
        'it gets <ModelFact kind="transformer" value="exact.26-30" /> with $p = 0.25$ and `0.5%`',
      ),
    ).toEqual([]);
    expect(typedNumbers('$$\n\\alpha = 0.94\n$$ dropout 0.1, 28.4 BLEU')).toEqual([]);
  });

  it.each(files)('are not typed by hand in %s', (file) => {
    expect(typedNumbers(readFileSync(file, 'utf8'))).toEqual([]);
  });
});
