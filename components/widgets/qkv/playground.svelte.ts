import { attentionForward } from '../../../src/engine/attention';
import { tensor } from '../../../src/engine/create';
import type { Tensor } from '../../../src/engine/tensor';
import {
  clampSize,
  clampValue,
  formatValue,
  parseCell,
  splitPasted,
  type CellProblem,
} from './grid-model';
import { presetValues, type PresetId } from './presets';

/** One editable matrix: the last good number of every cell, its text, and any problem with it. */
export class EditableMatrix {
  /** The last valid value of each cell; what the computation uses. */
  values = $state<number[][]>([]);
  /** What each cell's input shows, which may be invalid while the reader types. */
  texts = $state<string[][]>([]);
  /** Why a cell's text was rejected, per cell. */
  problems = $state<(CellProblem | undefined)[][]>([]);

  constructor(values: number[][]) {
    this.load(values);
  }

  /** Number of rows. */
  get rows(): number {
    return this.values.length;
  }

  /** Number of columns. */
  get columns(): number {
    return this.values[0]?.length ?? 0;
  }

  /** Whether some cell holds text that is not a valid number. */
  get hasProblems(): boolean {
    return this.problems.some((row) => row.some((p) => p !== undefined));
  }

  /**
   * Replaces every cell (and clears the problems). `exact` keeps the values as given, for a
   * trained model's own numbers; the cells still show them rounded.
   */
  load(values: readonly (readonly number[])[], { exact = false } = {}): void {
    this.values = values.map((row) => (exact ? [...row] : row.map(clampValue)));
    this.texts = this.values.map((row) => row.map(formatValue));
    this.problems = this.values.map((row) => row.map(() => undefined));
  }

  /**
   * Turns down the values that differ from `kept`, as bad input: each such cell goes back to its
   * kept value, keeps the text the reader gave it and is marked with `problem`.
   */
  refuse(kept: readonly (readonly number[])[], problem: CellProblem): void {
    this.values.forEach((row, i) =>
      row.forEach((value, j) => {
        const good = kept[i]?.[j];
        if (good === undefined || good === value) return;
        this.values[i]![j] = good;
        this.problems[i]![j] = problem;
      }),
    );
  }

  /** Takes typed text: a valid number replaces the value, anything else only marks the cell. */
  setText(row: number, column: number, text: string): void {
    this.texts[row]![column] = text;
    const parsed = parseCell(text);
    if (parsed.ok) {
      this.values[row]![column] = parsed.value;
      this.problems[row]![column] = undefined;
    } else {
      this.problems[row]![column] = parsed.problem;
    }
  }

  /** Sets a value from a gesture (nudge, drag), rewriting the cell's text. */
  setValue(row: number, column: number, value: number): void {
    const clamped = clampValue(value);
    this.values[row]![column] = clamped;
    this.texts[row]![column] = formatValue(clamped);
    this.problems[row]![column] = undefined;
  }

  /** Adds `delta` to a cell's last good value. */
  nudge(row: number, column: number, delta: number): void {
    this.setValue(row, column, this.values[row]![column]! + delta);
  }

  /** Pastes a block of cells with its top-left corner at (row, column); cells past the edge are dropped. */
  paste(row: number, column: number, text: string): void {
    splitPasted(text).forEach((cells, i) =>
      cells.forEach((cell, j) => {
        if (row + i < this.rows && column + j < this.columns)
          this.setText(row + i, column + j, cell);
      }),
    );
  }

  /** Changes the shape, keeping the overlapping cells and filling new ones with 0. */
  resize(rows: number, columns: number): void {
    const keep = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: columns }, (_, j) => this.values[i]?.[j] ?? 0),
    );
    this.load(keep);
  }

  /** The values as an engine tensor. */
  toTensor(name: string): Tensor {
    return tensor(this.values.flat(), [this.rows, this.columns], name);
  }
}

/** The four sizes a reader can change. */
export type Dimension = 'nQ' | 'nK' | 'dK' | 'dV';

/** What the playground holds: one of the presets, or a trained model's own Q, K and V. */
export type Source = PresetId | 'trained';

/** Row labels when the rows are tokens: of the queries, and of the keys and values. */
export interface RowLabels {
  readonly queries: readonly string[];
  readonly keys: readonly string[];
}

/** A trained head's Q, K and V at one attention site, with the tokens of their rows. */
export interface TrainedValues {
  readonly q: readonly (readonly number[])[];
  readonly k: readonly (readonly number[])[];
  readonly v: readonly (readonly number[])[];
  readonly labels: RowLabels;
}

/** [nQ, nK] mask letting query i see keys j ≤ i (every query keeps at least key 0). */
export function causalMaskFor(nQ: number, nK: number): Tensor {
  const data = Array.from({ length: nQ * nK }, (_, at) => (at % nK <= Math.floor(at / nK) ? 1 : 0));
  return tensor(data, [nQ, nK], 'causal mask');
}

/** The computation the playground runs on every backend: scaled dot-product attention. */
export function playgroundComputation(inputs: Readonly<Record<string, Tensor>>): Tensor {
  const { Q, K, V, M } = inputs;
  return attentionForward(Q!, K!, V!, M ? { mask: M } : {});
}

function tokenLabels(tokens: readonly string[] | undefined): RowLabels | undefined {
  return tokens && { queries: tokens, keys: tokens };
}

/** Everything the Q/K/V playground's reader can change. */
export class Playground {
  readonly q: EditableMatrix;
  readonly k: EditableMatrix;
  readonly v: EditableMatrix;
  /** Row labels, when the rows are tokens. */
  labels = $state.raw<RowLabels | undefined>();
  causal = $state(false);
  seed = $state(1);
  preset = $state<Source>('sentence');

  /** The engine inputs: always the last good values, so a typo never reaches the computation. */
  readonly inputs = $derived.by((): Record<string, Tensor> => {
    const inputs: Record<string, Tensor> = {
      Q: this.q.toTensor('Q'),
      K: this.k.toTensor('K'),
      V: this.v.toTensor('V'),
    };
    if (this.causal) inputs['M'] = causalMaskFor(this.q.rows, this.k.rows);
    return inputs;
  });

  constructor(preset: PresetId = 'sentence') {
    const values = presetValues(preset, { seed: 1, nQ: 4, nK: 4, dK: 4, dV: 4 });
    this.q = new EditableMatrix(values.q);
    this.k = new EditableMatrix(values.k);
    this.v = new EditableMatrix(values.v);
    this.labels = tokenLabels(values.tokens);
    this.preset = preset;
  }

  /** The current sizes. */
  get sizes(): Record<Dimension, number> {
    return { nQ: this.q.rows, nK: this.k.rows, dK: this.q.columns, dV: this.v.columns };
  }

  /** Loads a preset (`random` keeps the current sizes and uses the current seed). */
  loadPreset(preset: PresetId): void {
    const values = presetValues(preset, { seed: this.seed, ...this.sizes });
    this.preset = preset;
    this.q.load(values.q);
    this.k.load(values.k);
    this.v.load(values.v);
    this.labels = tokenLabels(values.tokens);
  }

  /** Shows a trained head's own values, exactly; its sites need no mask of the playground's. */
  loadTrained({ q, k, v, labels }: TrainedValues): void {
    this.preset = 'trained';
    this.causal = false;
    this.q.load(q, { exact: true });
    this.k.load(k, { exact: true });
    this.v.load(v, { exact: true });
    this.labels = labels;
  }

  /** Changes one size within bounds, resizing every matrix that has that dimension. */
  resize(dimension: Dimension, value: number): void {
    const sizes = { ...this.sizes, [dimension]: clampSize(value, this.sizes[dimension]) };
    this.q.resize(sizes.nQ, sizes.dK);
    this.k.resize(sizes.nK, sizes.dK);
    this.v.resize(sizes.nK, sizes.dV);
    const labels = this.labels;
    if (labels && (sizes.nQ > labels.queries.length || sizes.nK > labels.keys.length)) {
      this.labels = undefined;
    }
  }

  /** The label of query row i (`q1`, … unless the rows are tokens). */
  queryLabel(i: number): string {
    return this.labels?.queries[i] ?? `q${i + 1}`;
  }

  /** The label of key/value row j (`k1`, … unless the rows are tokens). */
  keyLabel(j: number): string {
    return this.labels?.keys[j] ?? `k${j + 1}`;
  }

  /** Whether some cell of Q, K or V holds invalid text. */
  get hasProblems(): boolean {
    return this.q.hasProblems || this.k.hasProblems || this.v.hasProblems;
  }
}
