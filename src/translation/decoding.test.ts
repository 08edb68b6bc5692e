import { describe, expect, it } from 'vitest';
import { noGrad, Tensor } from '../engine';
import { EOS_ID } from '../text/vocabulary';
import { MAX_REPEATS } from '../models/repetition-guard';
import { MAX_TARGET_TOKENS } from '../models/step-graphs';
import { longestRun, tinyCorpus, tinyModels } from '../models/test-fixtures';
import { beamSearch, type BeamNode } from './beam-search';
import {
  greedy,
  sample,
  temperedDistribution,
  type Decoding,
  type DecodingInput,
} from './decoding';
import { TranslationSession, type StepFunction } from './translation-session';

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

const [FAVOURITE, RUNNER_UP] = [5, 6];

/** A decoder whose logits at output position `position` are `row(position)`, whatever it is fed. */
function fakeDecoder(row: (position: number) => readonly number[]): DecodingInput {
  const at = (position: number) => ({ position: new Tensor(Float32Array.of(position), [1]) });
  const step: StepFunction = async (state) => {
    const position = state['position']!.data[0]!;
    const logits = Float32Array.from(row(position));
    const max = Math.max(...logits);
    const exps = logits.map((l) => Math.exp(l - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return {
      outputs: {},
      backend: 'ts',
      fallbacks: [],
      elapsedMs: 0,
      logits,
      probabilities: exps.map((e) => e / total),
      next: at(position + 1),
    };
  };
  return { start: at(0), step, sourceLength: 2 };
}

/** Prefers FAVOURITE (about 78% after a softmax), then RUNNER_UP, and never writes <eos>. */
const looping = fakeDecoder(() => [0, 0, -9, 0, 0, 4, 2, 1]);

/** FAVOURITE three times, then <eos>: a repetition the guard allows. */
const threeThenEnd = fakeDecoder((position) =>
  position < MAX_REPEATS ? [0, 0, 0, 0, 0, 4, 2, 1] : [0, 0, 4, 0, 0, 2, 1, 0],
);

/** Checks a decoding of {@link looping}: no fourth copy, other tokens after a run, the cap hit. */
function expectGuardedLoop(decoding: Decoding): void {
  expect(longestRun(decoding.tokens)).toBe(MAX_REPEATS);
  expect(decoding.tokens.some((t) => t !== FAVOURITE)).toBe(true);
  expect(decoding.finished).toBe(false);
  expect(decoding.tokens).toHaveLength(MAX_TARGET_TOKENS);
  for (const step of decoding.steps)
    if (step.blocked !== undefined) expect(step.chosen).not.toBe(step.blocked);
}

describe('the repetition guard', () => {
  it('makes greedy decoding write the runner-up after three copies, showing the raw top', async () => {
    const decoding = await greedy(looping);
    expectGuardedLoop(decoding);
    expect(decoding.tokens.slice(0, 8)).toEqual([5, 5, 5, 6, 5, 5, 5, 6]);
    const fourth = decoding.steps[3]!;
    expect(fourth.blocked).toBe(FAVOURITE);
    expect(fourth.top[0]!.id).toBe(FAVOURITE);
    expect(fourth.chosen).toBe(RUNNER_UP);
    expect(decoding.steps.slice(0, 3).every((s) => s.blocked === undefined)).toBe(true);
  });

  it('keeps a fourth copy out of every beam hypothesis, pruned ones included', async () => {
    const decoding = await beamSearch(looping, { width: 3, alpha: 0.6 });
    expectGuardedLoop(decoding);
    const pathOf = (node: BeamNode): number[] =>
      node.parent === null ? [] : [...pathOf(decoding.nodes[node.parent]!), node.token];
    for (const node of decoding.nodes) expect(longestRun(pathOf(node))).toBeLessThanOrEqual(3);
  });

  it('never samples a fourth copy, whatever the seed, temperature or top-k', async () => {
    for (const [seed, temperature, topK] of [
      [1, 1, 0],
      [2, 0.5, 0],
      [3, 2, 0],
      [4, 1, 1],
      [5, 1, 2],
    ] as const) {
      const decoding = await sample(looping, { seed, temperature, topK });
      expectGuardedLoop(decoding);
    }
  });

  it('changes nothing when no token comes a fourth time', async () => {
    for (const decoding of [
      await greedy(threeThenEnd),
      await beamSearch(threeThenEnd, { width: 3, alpha: 0.6 }),
      await sample(threeThenEnd, { seed: 1, temperature: 1, topK: 1 }),
    ]) {
      expect(decoding.tokens).toEqual([5, 5, 5]);
      expect(decoding.finished).toBe(true);
      // The guard was armed at <eos>'s step, but the model did not want a fourth copy anyway.
      expect(decoding.steps.map((s) => s.blocked)).toEqual([undefined, undefined, undefined, 5]);
    }
  });

  it('leaves a blocked token out of the tempered distribution, renormalising the rest', () => {
    const logits = Float32Array.of(1, -Infinity, 2);
    const distribution = temperedDistribution(logits, 1, 0);
    expect(distribution.map((c) => c.id)).toEqual([2, 0]);
    expect(distribution.reduce((sum, c) => sum + c.probability, 0)).toBeCloseTo(1, 12);
    expect(temperedDistribution(logits, 1, 2).map((c) => c.id)).toEqual([2, 0]);
  });
});

describe('the length cap', () => {
  it(`stops every strategy at ${MAX_TARGET_TOKENS} tokens without <eos>, and says so`, async () => {
    for (const decoding of [
      await greedy(looping),
      await beamSearch(looping, { width: 2, alpha: 0 }),
      await sample(looping, { seed: 7, temperature: 1, topK: 0 }),
    ]) {
      expect(decoding.finished).toBe(false);
      expect(decoding.tokens).toHaveLength(MAX_TARGET_TOKENS);
      expect(decoding.steps).toHaveLength(MAX_TARGET_TOKENS);
    }
  });

  it('reports a decoding that wrote <eos> as finished, <eos> left out of its tokens', async () => {
    const decoding = await greedy(threeThenEnd);
    expect(decoding.finished).toBe(true);
    expect(decoding.steps.at(-1)!.chosen).toBe(EOS_ID);
    expect(decoding.tokens).not.toContain(EOS_ID);
  });
});
