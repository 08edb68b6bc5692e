import type { AttentionKind, HeadRole } from '../../../src/models/attention-hooks';
import type { HeadCapture } from '../../../src/models/head-capture';
import type { SiteRef, TensorOverride } from '../../../src/models/interventions';
import type { DecodingStep } from '../../../src/translation/decoding';
import type { RowLabels, TrainedValues } from './playground.svelte';

/** Rows of numbers, as the grids and the captures hold them. */
export type Rows = readonly (readonly number[])[];

/** The three grids of the playground. */
export interface Grids {
  readonly q: Rows;
  readonly k: Rows;
  readonly v: Rows;
}

/** The head a reader picks: its kind, 0-based layer and head, and target step (decoder only). */
export interface SiteChoice {
  readonly kind: AttentionKind;
  readonly layer: number;
  readonly head: number;
  readonly step: number;
}

/** What one decoding step reads and writes, as tokens. */
export interface StepTokens {
  readonly input: string;
  readonly output: string;
}

/** The Transformer's attention kinds, in the order the picker lists them. */
export const attentionKinds: readonly AttentionKind[] = ['encoder-self', 'decoder-self', 'cross'];

const GRID_ROLES: readonly [keyof Grids, HeadRole, keyof HeadCapture][] = [
  ['q', 'query', 'queries'],
  ['k', 'key', 'keys'],
  ['v', 'value', 'values'],
];

/** The attention site of a choice, as the interventions name it. */
export function siteOf({ kind, layer, step }: SiteChoice): SiteRef {
  return kind === 'encoder-self' ? { kind, layer } : { kind, layer, step };
}

/** A short key naming a choice, to tell whether the grids already show it. */
export function choiceKey({ kind, layer, head, step }: SiteChoice): string {
  return `${kind}.${layer}.${head}.${kind === 'encoder-self' ? '' : step}`;
}

/** The choice moved into the model's layers and heads and the translation's `steps`. */
export function fitChoice(
  choice: SiteChoice,
  { layers, heads }: { readonly layers: number; readonly heads: number },
  steps: number,
): SiteChoice {
  const within = (value: number, size: number) => Math.min(Math.max(0, value), size - 1);
  return {
    kind: choice.kind,
    layer: within(choice.layer, layers),
    head: within(choice.head, heads),
    step: within(choice.step, steps),
  };
}

/** Each decoding step's input and chosen token, spelled by `token`. */
export function stepTokens(
  steps: readonly DecodingStep[],
  token: (id: number) => string,
): StepTokens[] {
  return steps.map(({ input, chosen }) => ({ input: token(input), output: token(chosen) }));
}

/**
 * The row labels of a site: the source tokens for the encoder's rows; a decoder position is named
 * by the token it reads, and the query also by the token its step writes.
 */
export function siteLabels(
  { kind, step }: SiteChoice,
  source: readonly string[],
  steps: readonly StepTokens[],
): RowLabels {
  if (kind === 'encoder-self') return { queries: source, keys: source };
  const current = steps[step];
  const queries = current ? [`${current.input}→${current.output}`] : [];
  const keys = kind === 'cross' ? source : steps.slice(0, step + 1).map((s) => s.input);
  return { queries, keys };
}

/** A head's captured queries, keys and values as the playground's grids, with row labels. */
export function trainedValues(capture: HeadCapture, labels: RowLabels): TrainedValues {
  return { q: capture.queries, k: capture.keys, v: capture.values, labels };
}

/** Whether two sets of rows hold the same numbers. */
export function sameRows(a: Rows, b: Rows): boolean {
  return (
    a.length === b.length &&
    a.every((row, i) => row.length === b[i]!.length && row.every((x, j) => x === b[i]![j]))
  );
}

/** Whether two sets of grids hold the same numbers. */
export function sameGrids(a: Grids, b: Grids): boolean {
  return sameRows(a.q, b.q) && sameRows(a.k, b.k) && sameRows(a.v, b.v);
}

/** The grids as overrides of the head's roles whose numbers differ from `capture`: none if unedited. */
export function overridesFor(
  choice: SiteChoice,
  capture: HeadCapture,
  grids: Grids,
): TensorOverride[] {
  const site = siteOf(choice);
  return GRID_ROLES.flatMap(([grid, role, field]) => {
    const rows = grids[grid];
    return sameRows(rows, capture[field]) ? [] : [{ ...site, head: choice.head, role, rows }];
  });
}
