/** How an edited translation differs from the original one. */
export interface TranslationChanges {
  /** The first decoding step that chose another token (<eos> included); undefined if none did. */
  readonly firstChange: number | undefined;
  /** Per token of the edited translation: true if it is not in a longest common subsequence. */
  readonly changed: readonly boolean[];
}

/** Compares two translations (ids without <eos>) token by token and as sequences. */
export function translationChanges(
  original: readonly number[],
  edited: readonly number[],
): TranslationChanges {
  const shorter = Math.min(original.length, edited.length);
  let first = 0;
  while (first < shorter && original[first] === edited[first]) first++;
  const same = first === original.length && first === edited.length;
  // common[i][j]: the longest common subsequence of original[i..] and edited[j..].
  const common = Array.from({ length: original.length + 1 }, () =>
    new Array<number>(edited.length + 1).fill(0),
  );
  for (let i = original.length - 1; i >= 0; i--)
    for (let j = edited.length - 1; j >= 0; j--)
      common[i]![j] =
        original[i] === edited[j]
          ? common[i + 1]![j + 1]! + 1
          : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const changed = edited.map(() => true);
  for (let i = 0, j = 0; i < original.length && j < edited.length;) {
    if (original[i] === edited[j]) {
      changed[j] = false;
      [i, j] = [i + 1, j + 1];
    } else if (common[i + 1]![j]! >= common[i]![j + 1]!) i++;
    else j++;
  }
  return { firstChange: same ? undefined : first, changed };
}
