import type { TraceStep } from '../../../src/engine/trace';
import { describeRows } from '../shared/describe-rows';

/** The steps of attention a reader walks through (the transpose of K is folded into the first). */
export type StepKey = 'scores' | 'scaled' | 'masked' | 'weights' | 'output';

/** Every step key in pipeline order. */
export const stepKeys: readonly StepKey[] = ['scores', 'scaled', 'masked', 'weights', 'output'];

/** The key of a labelled attention step, e.g. "scores = QKᵀ" → "scores"; undefined for others. */
export function stepKeyOf(step: TraceStep): StepKey | undefined {
  const name = step.name;
  return stepKeys.find((key) => key === name);
}

/** The steps of a trace that the walk-through shows, in order, each with its key. */
export function walkthroughSteps(
  steps: readonly TraceStep[],
): { readonly key: StepKey; readonly step: TraceStep }[] {
  return steps.flatMap((step) => {
    const key = stepKeyOf(step);
    return key ? [{ key, step }] : [];
  });
}

// \htmlClass needs KaTeX's `trust`; FigureWidget allows only this command.
const highlight = (key: StepKey, current: StepKey, tex: string): string =>
  key === current ? `\\htmlClass{step-highlight}{${tex}}` : tex;

/**
 * The attention formula as TeX with the part computed at step `current` highlighted;
 * `masked` adds the mask around the scaled scores.
 */
export function stepFormulaTex(current: StepKey, masked: boolean): string {
  const h = (key: StepKey, tex: string) => highlight(key, current, tex);
  const fraction = `\\frac{${h('scores', 'QK^\\top')}}{${h('scaled', '\\sqrt{d_k}')}}`;
  const inner = masked ? `${h('masked', '\\mathrm{mask}')}\\left(${fraction}\\right)` : fraction;
  return `${h('weights', `\\mathrm{softmax}\\left(${inner}\\right)`)}\\,${h('output', 'V')}`;
}

/** Formula keys as FigureWidget renders them: `scores`, `scores+mask`, …. */
export function formulaKey(step: StepKey, masked: boolean): string {
  return masked ? `${step}+mask` : step;
}

/** Every (step, masked) pair the widget can show, for rendering the formulas at build time. */
export function allFormulaTex(): Record<string, string> {
  const entries: [string, string][] = [];
  for (const masked of [false, true]) {
    for (const key of stepKeys) {
      if (key !== 'masked' || masked)
        entries.push([formulaKey(key, masked), stepFormulaTex(key, masked)]);
    }
  }
  return Object.fromEntries(entries);
}

/** Which entries of a masked step were blocked (flat indices where the mask is 0). */
export function blockedCells(step: TraceStep): Set<number> {
  const mask = step.inputs[1]?.tensor.data;
  const blocked = new Set<number>();
  mask?.forEach((allowed, i) => {
    if (allowed === 0) blocked.add(i);
  });
  return blocked;
}

/** Words for a step's text alternative, in the page's language. */
export interface StepWords {
  readonly attendsMost: string;
  readonly scoresHighest: string;
  readonly and: string;
  readonly outputs: string;
}

/**
 * The text alternative of a step's heatmap: for a query × key matrix, each query's top two keys;
 * for the output, each query's output vector.
 */
export function describeStep(
  key: StepKey,
  data: ArrayLike<number>,
  rows: number,
  columns: number,
  rowLabels: readonly string[],
  columnLabels: readonly string[],
  words: StepWords,
): string {
  if (key === 'output') {
    return Array.from({ length: rows }, (_, i) => {
      const row = Array.from({ length: columns }, (_, j) => data[i * columns + j]!.toFixed(2));
      return `'${rowLabels[i]}' ${words.outputs} (${row.join(', ')})`;
    }).join('; ');
  }
  const text = describeRows(data, rows, columns, {
    rowLabels,
    columnLabels,
    verb: key === 'weights' ? words.attendsMost : words.scoresHighest,
    and: words.and,
  });
  // The mask's fill value, written the way the table shows it.
  return text.replaceAll('(-1000000000.00)', '(−10⁹)');
}
