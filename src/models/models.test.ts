import { describe, expect, it } from 'vitest';
import { backward, clipGradNorm, noGrad, Adam, type Tensor } from '../engine';
import { EOS_ID } from '../text/vocabulary';
import { tinyCorpus, tinyModels } from './test-fixtures';
import type { Seq2SeqModel } from './seq2seq';

const corpus = tinyCorpus(64, 5);
// Generous: the budget is a few seconds on an idle machine, but CI shares two cores.
const TIMEOUT = 60_000;

/** Log-softmax rows of teacher-forced logits [1, T, V]. */
function logProbs(logits: Tensor): number[][] {
  const [, length, vocab] = logits.shape as [number, number, number];
  return Array.from({ length }, (_, t) => {
    const row = [...logits.data.subarray(t * vocab, (t + 1) * vocab)];
    const max = Math.max(...row);
    const lse = max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0));
    return row.map((v) => v - lse);
  });
}

function fit(model: Seq2SeqModel, steps: number, lr: number, src = corpus.src, tgt = corpus.tgt) {
  const params = [...model.parameters().values()];
  const optimizer = new Adam(params, { lr });
  const losses: number[] = [];
  for (let step = 0; step < steps; step++) {
    const loss = model.loss(src, tgt);
    losses.push(loss.data[0]!);
    optimizer.step(clipGradNorm(backward(loss), params, 1).grads);
  }
  losses.push(noGrad(() => model.loss(src, tgt)).data[0]!);
  return losses;
}

describe.each(Object.keys(tinyModels(1, 1)))('%s encoder-decoder', (kind) => {
  const make = () => tinyModels(corpus.srcVocab, corpus.tgtVocab)[kind]!;

  it('names every parameter uniquely and initialises from the seed', () => {
    const [a, b] = [make().parameters(), make().parameters()];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, t] of a) expect(t.data).toEqual(b.get(name)!.data);
  });

  it(
    'lowers the loss clearly within a few dozen Adam steps on 64 short pairs',
    () => {
      const losses = fit(make(), 20, 0.02);
      expect(losses.at(-1)!).toBeLessThan(0.6 * losses[0]!);
    },
    TIMEOUT,
  );

  it('predicts position t only from target tokens before t', () => {
    const model = make();
    const src = [corpus.src[0]!];
    const tgt = corpus.tgt[0]!;
    const changed = 2;
    const other = [...tgt];
    other[changed] = tgt[changed] === 4 ? 5 : 4;
    const [before, after] = noGrad(() => [
      logProbs(model.logits(src, [tgt])),
      logProbs(model.logits(src, [other])),
    ]);
    // Input position t holds <bos> y₁ … y_t, so positions 0…changed never see y_changed.
    for (let t = 0; t <= changed; t++) {
      before[t]!.forEach((v, j) => expect(after[t]![j]).toBeCloseTo(v, 5));
    }
    const later = before[changed + 1]!.some((v, j) => Math.abs(v - after[changed + 1]![j]!) > 1e-6);
    expect(later).toBe(true);
  });

  it(
    'greedy decoding stops at <eos> within the length limit',
    () => {
      const model = make();
      const src = corpus.src.slice(0, 4);
      const tgt = corpus.tgt.slice(0, 4);
      fit(model, 40, 0.02, src, tgt);
      for (const [i, sentence] of src.entries()) {
        const maxLength = tgt[i]!.length + 5;
        const decoded = model.greedyDecode(sentence, maxLength);
        expect(decoded.tokens.length).toBeLessThanOrEqual(maxLength);
        expect(decoded.finished).toBe(true);
        expect(decoded.tokens.at(-1)).toBe(EOS_ID);
        expect(decoded.tokens.slice(0, -1)).not.toContain(EOS_ID);
        for (const step of decoded.steps) {
          const probabilities = step.top.map((c) => c.probability);
          expect(probabilities).toEqual([...probabilities].sort((a, b) => b - a));
          expect(step.top[0]!.id).toBe(step.token);
          if (kind !== 'gru') {
            expect(step.attention).toHaveLength(sentence.length);
            expect(step.attention!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
          }
        }
      }
    },
    TIMEOUT,
  );

  it('never decodes past the length limit, finished or not', () => {
    const decoded = make().greedyDecode(corpus.src[1]!, 3);
    expect(decoded.tokens.length).toBeLessThanOrEqual(3);
    expect(decoded.finished).toBe(decoded.tokens.at(-1) === EOS_ID);
  });
});
