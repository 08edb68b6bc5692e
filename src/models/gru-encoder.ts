import { concat, gather, reshape, slice, zeros, type Tensor } from '../engine';
import { runNow, type Resumable } from '../runtime/yield-to-main';
import { gruStep, type GruCell } from './gru-cell';
import { stack } from './stack';

/** Encoder outputs: per-position states [B, S, H·directions], the final state and the key mask. */
export interface Encoded {
  readonly states: Tensor;
  readonly final: Tensor;
  readonly mask: Tensor;
}

/** Runs `cell` over the positions in `order`, pausing after each; padding leaves the state as is. */
function* running(
  cell: GruCell,
  embedded: Tensor[],
  keep: Tensor[],
  order: number[],
): Resumable<Tensor[]> {
  const batch = embedded[0]!.shape[0]!;
  let h = zeros([batch, cell.size]);
  const states: Tensor[] = [];
  for (const t of order) {
    h = gruStep(cell, embedded[t]!, h, keep[t]);
    states[t] = h;
    yield;
  }
  return states;
}

/**
 * Encodes padded source ids [B, S] (`mask` [B, S], 1 = token) with a forward GRU and, if
 * `backwardCell` is given, a backward one whose states are concatenated to the forward ones;
 * `final` joins both directions' ends. Columns are cut with ops, so the ids can be graph inputs.
 */
export function encodeGru(
  embedding: Tensor,
  forwardCell: GruCell,
  backwardCell: GruCell | undefined,
  ids: Tensor,
  mask: Tensor,
): Encoded {
  return runNow(encodingGru(embedding, forwardCell, backwardCell, ids, mask));
}

/** {@link encodeGru} as a {@link Resumable}, pausable after every step of either direction. */
export function* encodingGru(
  embedding: Tensor,
  forwardCell: GruCell,
  backwardCell: GruCell | undefined,
  ids: Tensor,
  mask: Tensor,
): Resumable<Encoded> {
  const [batch, length] = ids.shape as [number, number];
  const positions = Array.from({ length }, (_, t) => t);
  const embedded = positions.map((t) =>
    gather(embedding, reshape(slice(ids, 1, t, t + 1), [batch])),
  );
  const keep = positions.map((t) => slice(mask, 1, t, t + 1));
  const forward = yield* running(forwardCell, embedded, keep, positions);
  const lastForward = forward[length - 1]!;
  if (!backwardCell) return { states: stack(forward), final: lastForward, mask };
  const backward = yield* running(backwardCell, embedded, keep, positions.toReversed());
  const states = positions.map((t) => concat([forward[t]!, backward[t]!], 1));
  return { states: stack(states), final: concat([lastForward, backward[0]!], 1), mask };
}
