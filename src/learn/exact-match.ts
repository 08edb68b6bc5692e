/** Fraction of candidates identical to their reference, token for token; 0 for an empty corpus. */
export function exactMatchAccuracy(
  candidates: readonly (readonly (string | number)[])[],
  references: readonly (readonly (string | number)[])[],
): number {
  if (candidates.length !== references.length) {
    throw new RangeError(`${candidates.length} candidates but ${references.length} references`);
  }
  if (candidates.length === 0) return 0;
  const exact = candidates.filter((candidate, i) => {
    const reference = references[i] ?? [];
    return (
      candidate.length === reference.length && candidate.every((token, j) => token === reference[j])
    );
  });
  return exact.length / candidates.length;
}
