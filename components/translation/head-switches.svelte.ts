import { SvelteSet } from 'svelte/reactivity';
import type { AttentionKind } from '../../src/models/attention-hooks';
import type { HeadRef } from '../../src/models/interventions';

/** The Transformer's attention sites in the order the switches list them. */
export const ATTENTION_KINDS = [
  'encoder-self',
  'decoder-self',
  'cross',
] as const satisfies readonly AttentionKind[];

/** A Transformer's layer and head counts. */
export interface HeadCounts {
  readonly layers: number;
  readonly heads: number;
}

const keyOf = ({ kind, layer, head }: HeadRef) => `${kind}.${layer}.${head}`;

/** Which heads of a Transformer the reader has switched off (none at first). */
export class HeadSwitches {
  /** Every head of every site, in a fixed order: by kind, then layer, then head. */
  readonly all: readonly HeadRef[];
  readonly #off = new SvelteSet<string>();

  constructor({ layers, heads }: HeadCounts) {
    this.all = ATTENTION_KINDS.flatMap((kind) =>
      Array.from({ length: layers }, (_, layer) =>
        Array.from({ length: heads }, (_, head) => ({ kind, layer, head })),
      ).flat(),
    );
  }

  /** The heads switched off, in the order of {@link all}. */
  get off(): readonly HeadRef[] {
    return this.all.filter((ref) => this.#off.has(keyOf(ref)));
  }

  /** Names the set of heads off: two equal sets have the same key. */
  get key(): string {
    return this.off.map(keyOf).join(' ');
  }

  /** Whether `ref` is switched off. */
  isOff(ref: HeadRef): boolean {
    return this.#off.has(keyOf(ref));
  }

  /** Switches `ref` off if it is on, on if it is off. */
  toggle(ref: HeadRef): void {
    if (!this.#off.delete(keyOf(ref))) this.#off.add(keyOf(ref));
  }

  /** Switches every head off, or every head on. */
  setAll(off: boolean): void {
    this.#off.clear();
    if (off) for (const ref of this.all) this.#off.add(keyOf(ref));
  }

  /** Whether every head of `kind` is off (of every kind when it is omitted). */
  allOff(kind?: AttentionKind): boolean {
    return this.all.every((ref) => (kind !== undefined && ref.kind !== kind) || this.isOff(ref));
  }
}
