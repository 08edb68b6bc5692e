/** A token as metrics see it: a word or a vocabulary id (one kind per corpus). */
export type Token = string | number;

/** Options for {@link corpusBleu}. */
export interface BleuOptions {
  /** Longest n-gram counted; 4 in standard BLEU. */
  readonly maxOrder?: number;
  /**
   * 'none' (standard): any order without a match makes BLEU 0. 'add-one': Lin & Och (2004),
   * adds 1 to matches and totals of orders 2 and up, so short sentences get a non-zero score.
   */
  readonly smoothing?: 'none' | 'add-one';
}

/** Corpus BLEU with the statistics it is computed from. */
export interface BleuScore {
  /** In [0, 1]. */
  readonly bleu: number;
  /** Modified n-gram precision for n = 1 … maxOrder (after smoothing). */
  readonly precisions: readonly number[];
  /** Clipped n-gram matches summed over the corpus, per order. */
  readonly matches: readonly number[];
  /** Candidate n-grams summed over the corpus, per order. */
  readonly totals: readonly number[];
  readonly brevityPenalty: number;
  readonly candidateLength: number;
  readonly referenceLength: number;
}

function ngramCounts(tokens: readonly Token[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Corpus-level BLEU with one reference per candidate (Papineni et al., 2002): clipped n-gram
 * matches and candidate n-gram totals are summed over the whole corpus before the precisions
 * are combined by geometric mean and multiplied by the brevity penalty.
 */
export function corpusBleu(
  candidates: readonly (readonly Token[])[],
  references: readonly (readonly Token[])[],
  options: BleuOptions = {},
): BleuScore {
  if (candidates.length !== references.length) {
    throw new RangeError(`${candidates.length} candidates but ${references.length} references`);
  }
  const maxOrder = options.maxOrder ?? 4;
  const matches = new Array<number>(maxOrder).fill(0);
  const totals = new Array<number>(maxOrder).fill(0);
  let candidateLength = 0;
  let referenceLength = 0;
  candidates.forEach((candidate, s) => {
    const reference = references[s] ?? [];
    candidateLength += candidate.length;
    referenceLength += reference.length;
    for (let n = 1; n <= maxOrder; n++) {
      const available = ngramCounts(reference, n);
      for (const [ngram, count] of ngramCounts(candidate, n)) {
        matches[n - 1] = (matches[n - 1] ?? 0) + Math.min(count, available.get(ngram) ?? 0);
      }
      totals[n - 1] = (totals[n - 1] ?? 0) + Math.max(candidate.length - n + 1, 0);
    }
  });
  const smooth = options.smoothing === 'add-one';
  const precisions = matches.map((m, i) => {
    const extra = smooth && i > 0 ? 1 : 0;
    const t = (totals[i] ?? 0) + extra;
    return t === 0 ? 0 : (m + extra) / t;
  });
  const brevityPenalty =
    candidateLength === 0
      ? 0
      : candidateLength > referenceLength
        ? 1
        : Math.exp(1 - referenceLength / candidateLength);
  const logMean = precisions.reduce((sum, p) => sum + Math.log(p), 0) / maxOrder;
  const bleu = precisions.some((p) => p === 0) ? 0 : brevityPenalty * Math.exp(logMean);
  return { bleu, precisions, matches, totals, brevityPenalty, candidateLength, referenceLength };
}
