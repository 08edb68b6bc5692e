import type { Tensor } from '../tensor';

/** How far an accelerated run is from the TypeScript reference, over every step. */
export interface CrossCheck {
  /** Largest |accelerated − reference| over all values of all steps. */
  readonly maxAbsDiff: number;
  /** Whether every value agrees within `tolerance` (absolute, scaled up for large values). */
  readonly matches: boolean;
  readonly tolerance: number;
}

/** Compares step outputs pairwise; `tolerance` is absolute for |x| ≤ 1 and relative above. */
export function crossCheck(
  outputs: readonly Tensor[],
  reference: readonly Tensor[],
  tolerance = 1e-4,
): CrossCheck {
  let maxAbsDiff = 0;
  let matches = outputs.length === reference.length;
  outputs.forEach((output, step) => {
    const expected = reference[step]!.data;
    output.data.forEach((value, i) => {
      const diff = Math.abs(value - expected[i]!);
      if (!(diff <= tolerance * Math.max(1, Math.abs(expected[i]!)))) matches = false;
      if (diff > maxAbsDiff || Number.isNaN(diff))
        maxAbsDiff = Number.isNaN(diff) ? Infinity : diff;
    });
  });
  return { maxAbsDiff, matches, tolerance };
}
