import type { Tensor } from '../engine';

/** The Transformer's three kinds of attention: encoder self, decoder (masked) self, cross. */
export type AttentionKind = 'encoder-self' | 'decoder-self' | 'cross';

/** Which projected tensor of an attention site: its queries, keys or values. */
export type HeadRole = 'query' | 'key' | 'value';

/** An attention site's tensors as it used them: [B, h, n, dk] queries, [B, h, m, dk] keys and values, [B, h, n, m] weights. */
export interface AttendedHeads {
  readonly queries: Tensor;
  readonly keys: Tensor;
  readonly values: Tensor;
  readonly weights: Tensor;
}

/** How an intervention reaches into one attention site; a site without a hook runs as trained. */
export interface AttentionHook {
  /** The projected heads to use in place of `heads` for `role` (return `heads` to keep them). */
  readonly replace?: (role: HeadRole, heads: Tensor) => Tensor;
  /** Each head's factor on its output before W_O, [1, h, 1, 1]: 0 switches a head off. */
  readonly gate?: Tensor;
  /** Sees the site's tensors as it used them. */
  readonly observe?: (attended: AttendedHeads) => void;
}

/** A decoder layer's hooks: its masked self-attention and its cross-attention. */
export interface DecoderHooks {
  readonly self?: AttentionHook | undefined;
  readonly cross?: AttentionHook | undefined;
}

/** The hook of each attention site in one pass, by kind and 0-based layer. */
export type AttentionHooks = (kind: AttentionKind, layer: number) => AttentionHook | undefined;

/** `heads` as the hook replaces them for `role`, or unchanged without a hook. */
export function replaced(hook: AttentionHook | undefined, role: HeadRole, heads: Tensor): Tensor {
  return hook?.replace ? hook.replace(role, heads) : heads;
}
