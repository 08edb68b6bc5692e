import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusBleu, type Token } from './bleu';

const words = (text: string): string[] => text.split(' ');

// A second, deliberately naive BLEU: n-grams as JSON strings, clipping by counting with filter,
// geometric mean as a product raised to 1/N.
function referenceBleu(
  candidates: readonly (readonly Token[])[],
  references: readonly (readonly Token[])[],
): number {
  const grams = (tokens: readonly Token[], n: number): string[] =>
    tokens
      .slice(0, Math.max(tokens.length - n + 1, 0))
      .map((_, i) => JSON.stringify(tokens.slice(i, i + n)));
  let product = 1;
  for (let n = 1; n <= 4; n++) {
    let hits = 0;
    let total = 0;
    candidates.forEach((candidate, s) => {
      const mine = grams(candidate, n);
      const theirs = grams(references[s] ?? [], n);
      total += mine.length;
      for (const gram of new Set(mine)) {
        hits += Math.min(
          mine.filter((g) => g === gram).length,
          theirs.filter((g) => g === gram).length,
        );
      }
    });
    product *= total === 0 ? 0 : hits / total;
  }
  const c = candidates.reduce((sum, candidate) => sum + candidate.length, 0);
  const r = references.reduce((sum, reference) => sum + reference.length, 0);
  if (c === 0 || product === 0) return 0;
  return (c > r ? 1 : Math.exp(1 - r / c)) * product ** (1 / 4);
}

describe('corpusBleu', () => {
  it('is 1 for a perfect match', () => {
    const sentence = words('她 在 吃 一 个 绿色 的 苹果');
    expect(corpusBleu([sentence], [sentence]).bleu).toBe(1);
  });

  it('applies the brevity penalty to a short candidate (hand-computed)', () => {
    // Candidate 6 tokens, reference 7. Precisions: 1-grams 6/6, 2-grams 4/5, 3-grams 3/4,
    // 4-grams 2/3 → geometric mean (1·4/5·3/4·2/3)^(1/4) = 0.4^(1/4) ≈ 0.795271.
    // Brevity penalty exp(1 − 7/6) ≈ 0.846482. BLEU ≈ 0.673182.
    const score = corpusBleu(
      [words('the cat sat on the mat')],
      [words('the cat sat on the red mat')],
    );
    expect(score.matches).toEqual([6, 4, 3, 2]);
    expect(score.totals).toEqual([6, 5, 4, 3]);
    expect(score.brevityPenalty).toBeCloseTo(0.846482, 6);
    expect(score.bleu).toBeCloseTo(0.673182, 6);
  });

  it('is 0 when no 4-gram matches, however good the unigrams', () => {
    const score = corpusBleu([words('a b c d e')], [words('a b c x d e')]);
    expect(score.precisions[0]).toBe(1);
    expect(score.matches[3]).toBe(0);
    expect(score.bleu).toBe(0);
  });

  it('clips n-gram counts by the reference (Papineni’s "the the the" example)', () => {
    const score = corpusBleu(
      [words('the the the the the the the')],
      [words('the cat is on the mat')],
    );
    expect(score.precisions[0]).toBeCloseTo(2 / 7, 12);
  });

  it('sums statistics over the corpus before combining them', () => {
    const candidates = [words('a b c d'), words('e f g')];
    const references = [words('a b c d'), words('e f h i')];
    const score = corpusBleu(candidates, references);
    expect(score.matches).toEqual([4 + 2, 3 + 1, 2 + 0, 1 + 0]);
    expect(score.totals).toEqual([7, 5, 3, 1]);
    expect(score.candidateLength).toBe(7);
    expect(score.referenceLength).toBe(8);
  });

  it('with add-one smoothing scores short partial matches above 0', () => {
    // 2-grams 1/2 → (1+1)/(2+1); 3-grams 0/1 → 1/2; no 4-grams → 1/1.
    const score = corpusBleu([words('a b x')], [words('a b c')], { smoothing: 'add-one' });
    expect(score.precisions).toEqual([2 / 3, 2 / 3, 1 / 2, 1]);
    expect(score.bleu).toBeCloseTo(((2 / 3) * (2 / 3) * (1 / 2)) ** (1 / 4), 12);
  });

  it('handles empty candidates and rejects mismatched corpora', () => {
    expect(corpusBleu([[]], [words('a b')]).bleu).toBe(0);
    expect(corpusBleu([], []).bleu).toBe(0);
    expect(() => corpusBleu([['a']], [])).toThrow(RangeError);
  });

  it('agrees with an independent implementation on random corpora', () => {
    // A three-token alphabet makes 4-gram matches, and so non-zero scores, common.
    const sentence = fc.array(fc.constantFrom<Token>('a', 'b', 1), { maxLength: 12 });
    let nonZero = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 6 }),
        (corpus) => {
          const candidates = corpus.map(([candidate]) => candidate);
          const references = corpus.map(([, reference]) => reference);
          const expected = referenceBleu(candidates, references);
          if (expected > 0) nonZero++;
          expect(corpusBleu(candidates, references).bleu).toBeCloseTo(expected, 12);
        },
      ),
      { numRuns: 500, seed: 1 },
    );
    expect(nonZero).toBeGreaterThan(50);
  });
});
