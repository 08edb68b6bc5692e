import type { Decoding } from '../../../src/translation/decoding';
import type { TokenProbability } from '../../../src/translation/step-trace';
import type { EncodedSentence } from '../../../src/translation/translation-session';

/** A block of the Transformer figure that opens tensors. */
export type BlockId =
  | 'inputEmbedding'
  | 'encoderSelfAttention'
  | 'encoderAddNorm1'
  | 'encoderFeedForward'
  | 'encoderAddNorm2'
  | 'outputEmbedding'
  | 'decoderSelfAttention'
  | 'decoderAddNorm1'
  | 'decoderCrossAttention'
  | 'decoderAddNorm2'
  | 'decoderFeedForward'
  | 'decoderAddNorm3'
  | 'linearSoftmax';

/** What a block is, which decides its colour and label in the figure. */
export type BlockRole =
  'embedding' | 'attention' | 'maskedAttention' | 'cross' | 'feedForward' | 'addNorm' | 'output';

/** A block's box in the figure's coordinates. */
export interface Block {
  readonly id: BlockId;
  readonly role: BlockRole;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The figure's size in SVG units. */
export const FIGURE = { width: 340, height: 560 } as const;

/** The encoder's and decoder's N× frames. */
export const STACKS = {
  encoder: { x: 10, y: 236, width: 150, height: 226 },
  decoder: { x: 180, y: 96, width: 150, height: 366 },
} as const;

const COLUMN = { encoder: 24, decoder: 194 } as const;
const WIDTH = 122;

function box(id: BlockId, role: BlockRole, side: keyof typeof COLUMN, y: number, height: number) {
  return { id, role, x: COLUMN[side], y, width: WIDTH, height };
}

/** The blocks bottom to top, as in the paper's figure: the order Tab visits them. */
export const BLOCKS: readonly Block[] = [
  box('inputEmbedding', 'embedding', 'encoder', 486, 40),
  box('encoderSelfAttention', 'attention', 'encoder', 398, 44),
  box('encoderAddNorm1', 'addNorm', 'encoder', 358, 24),
  box('encoderFeedForward', 'feedForward', 'encoder', 290, 40),
  box('encoderAddNorm2', 'addNorm', 'encoder', 250, 24),
  box('outputEmbedding', 'embedding', 'decoder', 486, 40),
  box('decoderSelfAttention', 'maskedAttention', 'decoder', 398, 44),
  box('decoderAddNorm1', 'addNorm', 'decoder', 358, 24),
  box('decoderCrossAttention', 'cross', 'decoder', 258, 44),
  box('decoderAddNorm2', 'addNorm', 'decoder', 218, 24),
  box('decoderFeedForward', 'feedForward', 'decoder', 150, 40),
  box('decoderAddNorm3', 'addNorm', 'decoder', 110, 24),
  box('linearSoftmax', 'output', 'decoder', 30, 40),
];

/** The block with id `id`. */
export function blockById(id: BlockId): Block {
  return BLOCKS.find((b) => b.id === id)!;
}

/** A matrix to draw as a heatmap, rows and columns labelled. */
export interface MatrixView {
  readonly data: Float32Array;
  readonly rows: number;
  readonly columns: number;
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** Cells to hatch (masked), by flat index. */
  readonly dimmed?: ReadonlySet<number>;
}

/** The tensors a block opens, in a form the figure can draw. */
export type BlockView =
  | {
      readonly kind: 'vectors';
      readonly layer?: number;
      readonly total: number;
      readonly matrix: MatrixView;
    }
  | { readonly kind: 'heads'; readonly layer: number; readonly heads: readonly MatrixView[] }
  | { readonly kind: 'inputs'; readonly tokens: readonly string[] }
  | {
      readonly kind: 'softmax';
      readonly rows: readonly {
        readonly input: string;
        /** The model's most probable tokens, before the repetition guard. */
        readonly top: readonly TokenProbability[];
        /** The id the repetition guard refused at this step, if any. */
        readonly blocked?: number;
      }[];
    };

/** Everything a block view is computed from. */
export interface ViewSource {
  readonly source: readonly string[];
  readonly encoded: EncodedSentence;
  readonly decoding: Decoding;
  /** The target token of an id. */
  readonly targetToken: (id: number) => string;
}

/** Columns shown of a d-wide vector. */
export const SHOWN_DIMENSIONS = 16;

/** How many layers the encoder has (counted from its outputs). */
export function layerCount(encoded: EncodedSentence): number {
  let count = 0;
  while (encoded.outputs[`encoder.${count}.selfWeights`]) count++;
  return count;
}

/** The rows of vectors `rowOf(i)` (each d wide), cut to the first {@link SHOWN_DIMENSIONS}. */
function vectors(
  rowLabels: readonly string[],
  rowOf: (i: number) => Float32Array,
  layer?: number,
): BlockView {
  const total = rowLabels.length === 0 ? 0 : rowOf(0).length;
  const columns = Math.min(SHOWN_DIMENSIONS, total);
  const data = new Float32Array(rowLabels.length * columns);
  rowLabels.forEach((_, i) => data.set(rowOf(i).subarray(0, columns), i * columns));
  const columnLabels = Array.from({ length: columns }, (_, j) => String(j + 1));
  return {
    kind: 'vectors',
    total,
    matrix: { data, rows: rowLabels.length, columns, rowLabels, columnLabels },
    ...(layer === undefined ? {} : { layer }),
  };
}

/** Row `i` of a [1, S, d] tensor. */
function rowOfSequence(data: Float32Array, shape: readonly number[], i: number): Float32Array {
  const width = shape.at(-1)!;
  return data.subarray(i * width, (i + 1) * width);
}

/** The tensors of block `id` at layer `layer` for one translated sentence. */
export function blockView(id: BlockId, layer: number, from: ViewSource): BlockView {
  const { source, encoded, decoding, targetToken } = from;
  const inputs = decoding.steps.map((s) => targetToken(s.input));
  const outputOf = (name: string) => {
    const t = encoded.outputs[name]!;
    return (i: number) => rowOfSequence(t.data, t.shape, i);
  };
  const stepOutput = (name: string) => (i: number) => {
    const t = decoding.steps[i]!.outputs[name]!;
    return t.data.subarray(t.data.length - t.shape.at(-1)!);
  };
  switch (id) {
    case 'inputEmbedding':
      return vectors(source, outputOf('embedded'));
    case 'encoderSelfAttention':
      return { kind: 'heads', layer, heads: encoderHeads(encoded, layer, source) };
    case 'encoderFeedForward':
      return vectors(source, outputOf(`encoder.${layer}.feedForward`), layer);
    case 'encoderAddNorm1':
    case 'encoderAddNorm2':
      return vectors(source, outputOf(`encoder.${layer}.output`), layer);
    case 'outputEmbedding':
      return { kind: 'inputs', tokens: inputs };
    case 'decoderSelfAttention':
      return { kind: 'heads', layer, heads: decoderHeads(decoding, layer, 'self', inputs, inputs) };
    case 'decoderCrossAttention':
      return {
        kind: 'heads',
        layer,
        heads: decoderHeads(decoding, layer, 'cross', inputs, source),
      };
    case 'decoderFeedForward':
      return vectors(inputs, stepOutput(`decoder.${layer}.feedForward`), layer);
    case 'decoderAddNorm1':
    case 'decoderAddNorm2':
    case 'decoderAddNorm3':
      return vectors(inputs, stepOutput(`decoder.${layer}.output`), layer);
    case 'linearSoftmax':
      return {
        kind: 'softmax',
        rows: decoding.steps.map((s, i) => ({
          input: inputs[i]!,
          top: s.top,
          ...(s.blocked === undefined ? {} : { blocked: s.blocked }),
        })),
      };
  }
}

/** Each head's [S, S] self-attention of encoder layer `layer`, padding cut off. */
function encoderHeads(
  encoded: EncodedSentence,
  layer: number,
  source: readonly string[],
): MatrixView[] {
  const weights = encoded.outputs[`encoder.${layer}.selfWeights`]!;
  const [, heads, width] = weights.shape as [number, number, number, number];
  const n = source.length;
  return Array.from({ length: heads }, (_, h) => {
    const data = new Float32Array(n * n);
    for (let i = 0; i < n; i++)
      data.set(weights.data.subarray((h * width + i) * width, (h * width + i) * width + n), i * n);
    return { data, rows: n, columns: n, rowLabels: source, columnLabels: source };
  });
}

/**
 * Each head's attention of decoder layer `layer` over all steps: one row per step. For the
 * masked self-attention, row t has t + 1 entries; the later positions are masked (hatched).
 */
function decoderHeads(
  decoding: Decoding,
  layer: number,
  kind: 'self' | 'cross',
  rowLabels: readonly string[],
  columnLabels: readonly string[],
): MatrixView[] {
  const rows = decoding.steps.length;
  const columns = columnLabels.length;
  const heads = decoding.steps[0]?.attention[kind][layer]?.length ?? 0;
  return Array.from({ length: heads }, (_, h) => {
    const data = new Float32Array(rows * columns);
    const dimmed = new Set<number>();
    decoding.steps.forEach((step, t) => {
      const row = step.attention[kind][layer]![h]!;
      data.set(row.slice(0, columns), t * columns);
      for (let j = row.length; j < columns; j++) dimmed.add(t * columns + j);
    });
    return { data, rows, columns, rowLabels, columnLabels, ...(kind === 'self' ? { dimmed } : {}) };
  });
}

/**
 * Splits a block label into lines of at most `maxWidth` em-widths (a CJK character counts 1,
 * other characters 0.55), breaking at spaces where there are any.
 */
export function wrapLabel(text: string, maxWidth: number): string[] {
  const width = (s: string) =>
    [...s].reduce((sum, c) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.55), 0);
  const pieces = text.includes(' ') ? text.split(' ') : [...text];
  const joiner = text.includes(' ') ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line === '' ? piece : line + joiner + piece;
    if (line !== '' && width(candidate) > maxWidth) {
      lines.push(line);
      line = piece;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
