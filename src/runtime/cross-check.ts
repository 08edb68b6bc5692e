import type { Tensor } from '../engine/tensor';

/** How far an accelerated run is from the TypeScript reference, over every compared output. */
export interface CrossCheck {
  /** Largest |accelerated − reference| over all values of all outputs. */
  readonly maxAbsDiff: number;
  /** Whether every value agrees within `tolerance` (absolute, scaled up for large values). */
  readonly matches: boolean;
  readonly tolerance: number;
  /** When the check ran (milliseconds since the epoch). */
  readonly at: number;
}

/** Compares outputs pairwise; `tolerance` is absolute for |x| ≤ 1 and relative above. */
export function crossCheck(
  outputs: readonly Tensor[],
  reference: readonly Tensor[],
  tolerance = 1e-4,
): CrossCheck {
  let maxAbsDiff = 0;
  let matches = outputs.length === reference.length;
  outputs.forEach((output, i) => {
    const expected = reference[i]!.data;
    if (output.data.length !== expected.length) matches = false;
    output.data.forEach((value, j) => {
      const diff = Math.abs(value - expected[j]!);
      if (!(diff <= tolerance * Math.max(1, Math.abs(expected[j]!)))) matches = false;
      if (diff > maxAbsDiff || Number.isNaN(diff))
        maxAbsDiff = Number.isNaN(diff) ? Infinity : diff;
    });
  });
  return { maxAbsDiff, matches, tolerance, at: Date.now() };
}
