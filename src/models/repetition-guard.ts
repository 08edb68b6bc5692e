// Why a guard: a small model, or any model on a sentence unlike its training data, can fall into
// a loop (的 的 的 …) that greedy and beam search never leave, because every copy makes the next
// one likelier. No target of the corpus holds a token four times in a row (checked by
// training/data/repetition.test.ts), so refusing a fourth copy never blocks a correct
// translation; it only ends the loop, at the cost of the model's top choice at that step.

/** How many times in a row a decoder may write one token; a further copy is refused. */
export const MAX_REPEATS = 3;

/** The token that may not come next: the last of `written` when it ends a run of {@link MAX_REPEATS}. */
export function blockedToken(written: readonly number[]): number | undefined {
  const last = written.at(-1);
  if (last === undefined || written.length < MAX_REPEATS) return undefined;
  return written.slice(-MAX_REPEATS).every((token) => token === last) ? last : undefined;
}

/**
 * The repetition guard every decoding strategy chooses through: a step's `logits` with the
 * {@link blockedToken} of `written` set to -Infinity (probability 0 after a softmax); `logits`
 * itself when no token is blocked.
 */
export function guardRepetition(logits: Float32Array, written: readonly number[]): Float32Array {
  const blocked = blockedToken(written);
  if (blocked === undefined) return logits;
  const guarded = logits.slice();
  guarded[blocked] = -Infinity;
  return guarded;
}
