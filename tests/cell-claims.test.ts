import { readFileSync } from 'node:fs';
import { LENGTH_PENALTY } from '../components/widgets/decoding/decode-run';
import { describe, expect, it } from 'vitest';
import { modelFromBytes } from '../src/models/model-bundle';
import { MODEL_FILES } from '../src/models/model-card';
import type { ModelKind } from '../src/models/seq2seq';
import type { Transformer } from '../src/models/transformer';
import { tokenize } from '../src/text/tokenize';
import { checkInput } from '../src/text/validate-input';
import { beamSearch } from '../src/translation/beam-search';
import { greedy, sample, type Decoding } from '../src/translation/decoding';
import { greedyIntervened } from '../src/translation/intervened-decoding';
import { TranslationSession } from '../src/translation/translation-session';

// The "Try this / Notice" lines of the chapters describe what the shipped models do; these tests
// run the same models in Node, on the TypeScript backend, and check each claim.

const LONG =
  'she is eating a green apple and my sister is reading an interesting book in the library';
const BOY =
  'the boy ate three delicious cakes in the kitchen yesterday but his sister did not eat the banana';

function load(kind: ModelKind) {
  const bundle = modelFromBytes(readFileSync(`public/models/${kind}/${MODEL_FILES.weights}`));
  const session = new TranslationSession(bundle.model);
  const run = async (sentence: string) => {
    const tokens = tokenize(sentence);
    const ids = bundle.srcVocab.encode(tokens);
    const encoded = await session.encode(ids, 'ts');
    const input = { start: encoded.start, step: session.stepper('ts'), sourceLength: ids.length };
    const words = (d: Decoding) => bundle.tgtVocab.decode(d.tokens);
    return { tokens, encoded, input, words };
  };
  const translate = async (sentence: string) => {
    const { input, words } = await run(sentence);
    return words(await greedy(input));
  };
  return { bundle, run, translate };
}

const [gru, attention, transformer] = (['gru', 'attention', 'transformer'] as const).map(load);
const all = [gru!, attention!, transformer!];

describe('chapter 1, Translate a sentence', () => {
  it('changes only the colour word for a red apple, and the measure word for a banana', async () => {
    for (const model of [attention!, transformer!])
      expect((await model.translate('she is eating a red apple')).join(' ')).toBe(
        '她 在 吃 一 个 红色 的 苹果',
      );
    for (const model of all)
      expect((await model.translate('he is eating a banana')).join(' ')).toBe(
        '他 在 吃 一 根 香蕉',
      );
  });

  it('has the fixed-vector model buy the red apple instead of eating it', async () => {
    const words = await gru!.translate('she is eating a red apple');
    expect(words).toContain('买');
    expect(words).not.toContain('吃');
  });

  it('offers piano, can and woman for the unknown word “volcano”', () => {
    for (const { bundle } of all) {
      const check = checkInput('the volcano is big', bundle.srcVocab, 32);
      expect(check.ok).toBe(false);
      if (check.ok || check.error.kind !== 'unknown-words')
        throw new Error('expected unknown words');
      expect(check.error.words[0]!.suggestions).toEqual(['piano', 'can', 'woman']);
    }
  });
});

describe('chapter 2, the fixed-vector model against attention', () => {
  it('loses the apple, and reads a second book, green, in its place', async () => {
    const words = await gru!.translate(LONG);
    expect(words).not.toContain('苹果');
    expect(words.join(' ')).toBe(
      '她 在 看 一 部 有趣 的 书 ， 我 姐姐 正 在 图书馆 看 一 本 绿色 的 书',
    );
  });

  it('drifts on the boy sentence where the attention model keeps every part', async () => {
    const fixed = await gru!.translate(BOY);
    for (const word of ['孩子', '米饭']) expect(fixed).toContain(word);
    for (const word of ['男孩', '蛋糕', '姐姐', '香蕉']) expect(fixed).not.toContain(word);
    expect((await attention!.translate(BOY)).join(' ')).toBe(
      '男孩 昨天 在 厨房 吃 了 三 个 好吃 的 蛋糕 ， 他 姐姐 没 吃 香蕉',
    );
  });
});

describe('chapter 3, One context vector per output word', () => {
  it('aligns 在 with is, and 个 and 的 with apple', async () => {
    const { tokens, input, words } = await attention!.run('she is eating a green apple');
    const decoding = await greedy(input);
    const target = words(decoding);
    const focus = (word: string) => {
      const row = decoding.steps[target.indexOf(word)]!.attention.cross[0]![0]!;
      return tokens[row.indexOf(Math.max(...row))];
    };
    expect(focus('在')).toBe('is');
    expect(focus('个')).toBe('apple');
    expect(focus('的')).toBe('apple');
  });
});

describe('chapter 4, switching heads off', () => {
  it('with every cross-attention head off, translates every sentence the same', () => {
    const model = transformer!.bundle.model as Transformer;
    const headsOff = Array.from({ length: model.config.layers }, (_, layer) =>
      Array.from({ length: model.config.heads }, (_, head) => ({
        kind: 'cross' as const,
        layer,
        head,
      })),
    ).flat();
    const translate = (sentence: string) =>
      greedyIntervened(model, transformer!.bundle.srcVocab.encode(tokenize(sentence)), {
        headsOff,
      }).tokens;
    const seed = translate('she is eating a green apple');
    expect(translate(BOY)).toEqual(seed);
    expect(translate('he is reading a book')).toEqual(seed);
  });
});

describe('chapter 5, the trained Transformer', () => {
  it('samples 丈夫 (husband) after 吃 at temperature 1, seed 1, and the greedy output at 0.5', async () => {
    const { input, words } = await transformer!.run('she is eating a green apple');
    const greedyWords = words(await greedy(input));
    const hot = words(await sample(input, { temperature: 1, topK: 0, seed: 1 }));
    expect(hot.slice(0, 4)).toEqual(['她', '在', '吃', '丈夫']);
    expect(words(await sample(input, { temperature: 0.5, topK: 0, seed: 1 }))).toEqual(greedyWords);
    for (const width of [1, 4])
      expect(words(await beamSearch(input, { width, alpha: LENGTH_PENALTY }))).toEqual(greedyWords);
  });
});

describe('the bottleneck cells, against the model cards', () => {
  const card = (kind: ModelKind) =>
    JSON.parse(readFileSync(`public/models/${kind}/card.json`, 'utf8')) as {
      buckets: { min: number; exactMatch: number; bleu: number }[];
    };
  const [fixed, attended, transformerCard] = [card('gru'), card('attention'), card('transformer')];

  it('the fixed-vector model has no exact match from 16 tokens on, and its BLEU never reaches zero', () => {
    const long = fixed.buckets.filter((b) => b.min >= 16);
    expect(long.length).toBeGreaterThan(0);
    for (const bucket of long) expect(bucket.exactMatch).toBe(0);
    for (const bucket of fixed.buckets) expect(bucket.bleu).toBeGreaterThan(0);
  });

  it('the Transformer keeps the whole boy sentence, as the attention GRU does, and writes 但是 where it does not', async () => {
    const [byTransformer, byAttention] = [
      await transformer!.translate(BOY),
      await attention!.translate(BOY),
    ];
    for (const words of [byTransformer, byAttention])
      for (const word of ['男孩', '蛋糕', '姐姐', '香蕉']) expect(words).toContain(word);
    expect(byTransformer).toContain('但是');
    expect(byAttention).not.toContain('但是');
  });

  it('at 26-30 tokens the fine-tuned Transformer has caught up with the attention GRU on exact match, yet is weakest there', () => {
    const at26 = (c: ReturnType<typeof card>) => c.buckets.find((b) => b.min === 26)!.exactMatch;
    expect(at26(transformerCard)).toBeGreaterThanOrEqual(at26(attended));
    const others = transformerCard.buckets.filter((b) => b.min !== 26);
    for (const bucket of others) expect(bucket.exactMatch).toBeGreaterThan(at26(transformerCard));
  });
});
