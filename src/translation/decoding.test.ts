import { describe, expect, it } from 'vitest';
import { noGrad } from '../engine';
import { EOS_ID } from '../text/vocabulary';
import { tinyCorpus, tinyModels } from '../models/test-fixtures';
import { beamSearch } from './beam-search';
import { greedy, sample, temperedDistribution, type DecodingInput } from './decoding';
import { TranslationSession } from './translation-session';

const corpus = tinyCorpus(8, 6);
const models = tinyModels(corpus.srcVocab, corpus.tgtVocab);

async function inputFor(kind: string, index = 0): Promise<DecodingInput> {
  const session = new TranslationSession(models[kind]!);
  const src = corpus.src[index]!;
  const encoded = await session.encode(src, 'ts');
  return { start: encoded.start, step: session.stepper('ts'), sourceLength: src.length };
}

/** Log-probability of `tokens` + <eos> under teacher forcing: an independent second pass. */
function sequenceLogProbability(kind: string, tokens: readonly number[], withEos: boolean): number {
  const logits = noGrad(() => models[kind]!.logits([corpus.src[0]!], [tokens]));
  const vocab = logits.shape[2]!;
  const targets = withEos ? [...tokens, EOS_ID] : tokens;
  return targets.reduce((sum, token, t) => {
    const row = [...logits.data.subarray(t * vocab, (t + 1) * vocab)];
    const max = Math.max(...row);
    const lse = max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0));
    return sum + row[token]! - lse;
  }, 0);
}

describe('temperedDistribution', () => {
  it('is softmax(logits / T) over the k largest logits, by hand', () => {
    const logits = Float32Array.of(1, 3, 2, 0);
    const [a, b] = [Math.exp(3 / 2), Math.exp(2 / 2)];
    expect(temperedDistribution(logits, 2, 2)).toEqual([
      { id: 1, probability: expect.closeTo(a / (a + b), 12) as number },
      { id: 2, probability: expect.closeTo(b / (a + b), 12) as number },
    ]);
    const all = temperedDistribution(logits, 1, 0);
    expect(all.map((c) => c.id)).toEqual([1, 2, 0, 3]);
    expect(all.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 12);
  });
});

describe.each(['gru', 'attention', 'transformer'])('decoding the %s model', (kind) => {
  it('beam search of width 1 is greedy decoding, token for token', async () => {
    const [g, b] = [
      await greedy(await inputFor(kind)),
      await beamSearch(await inputFor(kind), { width: 1, alpha: 0.6 }),
    ];
    expect(b.tokens).toEqual(g.tokens);
    expect(b.finished).toBe(g.finished);
    expect(b.steps.map((s) => s.chosen)).toEqual(g.steps.map((s) => s.chosen));
  }, 60_000);

  it('scores a beam hypothesis with the log-probability teacher forcing gives it', async () => {
    const result = await beamSearch(await inputFor(kind), { width: 3, alpha: 0 });
    const best = result.nodes[result.best]!;
    const expected = sequenceLogProbability(kind, result.tokens, result.finished);
    expect(best.logProbability).toBeCloseTo(expected, 3);
    const depths = new Map<number, number>();
    for (const node of result.nodes)
      if (node.status !== 'pruned') depths.set(node.depth, (depths.get(node.depth) ?? 0) + 1);
    for (const count of depths.values()) expect(count).toBeLessThanOrEqual(3);
    expect(result.nodes.some((n) => n.status === 'pruned')).toBe(true);
  }, 60_000);

  it('samples reproducibly for a seed, and greedily from the top 1', async () => {
    const options = { temperature: 1.5, topK: 0, seed: 11 };
    const [a, b] = [
      await sample(await inputFor(kind), options),
      await sample(await inputFor(kind), options),
    ];
    expect(a.tokens).toEqual(b.tokens);
    const other = await sample(await inputFor(kind), { ...options, seed: 12 });
    expect(other.tokens).not.toEqual(a.tokens);
    const single = await sample(await inputFor(kind), { ...options, topK: 1 });
    expect(single.tokens).toEqual((await greedy(await inputFor(kind))).tokens);
  }, 60_000);
});

describe('bad decoding options', () => {
  it('names the option at fault', async () => {
    const input = await inputFor('gru');
    await expect(beamSearch(input, { width: 0, alpha: 0 })).rejects.toThrow(/beam width/);
    await expect(beamSearch(input, { width: 2, alpha: NaN })).rejects.toThrow(/α/);
    expect(() => sample(input, { temperature: 0, topK: 0, seed: 1 })).toThrow(/temperature/);
    expect(() => sample(input, { temperature: 1, topK: 1.5, seed: 1 })).toThrow(/top-k/);
  });
});
