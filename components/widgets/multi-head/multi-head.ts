import { attentionForward } from '../../../src/engine/attention';
import { xavierUniform } from '../../../src/engine/init';
import { gather } from '../../../src/engine/ops/gather';
import { matmul } from '../../../src/engine/ops/matmul';
import { mergeHeads } from '../../../src/engine/ops/mergeHeads';
import { splitHeads } from '../../../src/engine/ops/splitHeads';
import { createRng } from '../../../src/engine/random';
import { Tensor } from '../../../src/engine/tensor';
import { label, type TraceStep } from '../../../src/engine/trace';
import { embedWords } from '../shared/sentence';

/** The model width of the widget: small enough to show every number. */
export const D_MODEL = 8;

/** The head counts a reader can choose; each divides D_MODEL. */
export const HEAD_COUNTS = [1, 2, 4, 8] as const;

/** One of HEAD_COUNTS. */
export type HeadCount = (typeof HEAD_COUNTS)[number];

/** The fixed seed of the projection weights, so the figure is the same on every visit. */
export const WEIGHT_SEED = 4;

/**
 * The graph inputs of one multi-head run: token ids, their embedding table, and the four
 * projections. W_Q, W_K, W_V are [d_model, d_model]: head i owns columns i·d_k … (i+1)·d_k − 1.
 */
export function multiHeadInputs(tokens: readonly string[]): Record<string, Tensor> {
  const { table, ids } = embedWords([tokens], D_MODEL);
  const rng = createRng(WEIGHT_SEED);
  return {
    ids: new Tensor(Float32Array.from(ids[0]!), [tokens.length]),
    E: table,
    W_Q: xavierUniform(D_MODEL, D_MODEL, rng),
    W_K: xavierUniform(D_MODEL, D_MODEL, rng),
    W_V: xavierUniform(D_MODEL, D_MODEL, rng),
    W_O: xavierUniform(D_MODEL, D_MODEL, rng),
  };
}

/** MultiHead(X) = Concat(head_1 … head_h)·W_O with head_i = Attention(XW_i^Q, XW_i^K, XW_i^V). */
export function multiHeadForward(inputs: Readonly<Record<string, Tensor>>, heads: number): Tensor {
  const { ids, E, W_Q, W_K, W_V, W_O } = inputs;
  const X = label(gather(E!, ids!), 'X', 'embed(tokens)');
  const Q = label(matmul(X, W_Q!), 'Q', 'X·W_Q');
  const K = label(matmul(X, W_K!), 'K', 'X·W_K');
  const V = label(matmul(X, W_V!), 'V', 'X·W_V');
  const perHead = attentionForward(
    label(splitHeads(Q, heads), 'Q_h', 'split(Q)'),
    label(splitHeads(K, heads), 'K_h', 'split(K)'),
    label(splitHeads(V, heads), 'V_h', 'split(V)'),
  );
  label(perHead, 'heads', 'weights·V_h');
  const concat = label(mergeHeads(perHead), 'concat', 'merge(heads)');
  return label(matmul(concat, W_O!), 'output', 'concat·W_O');
}

/** The step whose label names `name` (the part before " = "). */
export function stepNamed(steps: readonly TraceStep[], name: string): TraceStep | undefined {
  return steps.find((step) => step.name === name);
}

/** Matrix `index` of a stack of rows × columns matrices stored row-major in `data`. */
export function matrixAt(
  data: Float32Array,
  index: number,
  rows: number,
  columns: number,
): Float32Array {
  return data.subarray(index * rows * columns, (index + 1) * rows * columns);
}

/** Columns start … start + width − 1 of a row-major rows × columns matrix (head i's W_i slice). */
export function columnBlock(
  data: Float32Array,
  columns: number,
  start: number,
  width: number,
): Float32Array {
  const rows = data.length / columns;
  const out = new Float32Array(rows * width);
  for (let r = 0; r < rows; r++)
    out.set(data.subarray(r * columns + start, r * columns + start + width), r * width);
  return out;
}

/** Column labels "h1·0 … h1·3, h2·0 …" telling which head owns each column. */
export function headColumnLabels(heads: number, dModel = D_MODEL): string[] {
  const dK = dModel / heads;
  return Array.from({ length: dModel }, (_, c) => `h${Math.floor(c / dK) + 1}·${c % dK}`);
}
