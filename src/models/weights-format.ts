import { Tensor } from '../engine';
import { runNow, type Resumable } from '../runtime/yield-to-main';
import { fromFloat16Bits, toFloat16Bits } from './float16';

/** Element type of the stored values. */
export type WeightsDtype = 'float32' | 'float16';

/** Where one tensor lives in the data section. */
export interface TensorEntry {
  readonly name: string;
  readonly shape: readonly number[];
  /** Byte offset from the start of the data section. */
  readonly offset: number;
}

/** The JSON header: dtype, tensor directory and free-form metadata (model config, vocabularies…). */
export interface WeightsHeader {
  readonly format: typeof FORMAT;
  readonly dtype: WeightsDtype;
  readonly tensors: readonly TensorEntry[];
  readonly metadata: unknown;
}

const FORMAT = 'attention-course-weights/1';
const MAGIC = 0x31574341; // "ACW1" read as a little-endian u32
const bytesPer = { float32: 4, float16: 2 } as const;
// Values decoded between two pause points: a large embedding table is several pauses' worth.
const VALUES_PER_PAUSE = 1 << 15;

/**
 * Serializes named tensors: "ACW1", u32 LE header length, UTF-8 JSON header (space-padded so
 * the data starts 4-byte aligned), then each tensor's values little-endian, in header order.
 */
export function encodeWeights(
  tensors: ReadonlyMap<string, Tensor>,
  { dtype = 'float32', metadata = {} }: { dtype?: WeightsDtype; metadata?: unknown } = {},
): Uint8Array {
  const entries: TensorEntry[] = [];
  let offset = 0;
  for (const [name, t] of tensors) {
    entries.push({ name, shape: [...t.shape], offset });
    offset += align4(t.size * bytesPer[dtype]);
  }
  const header: WeightsHeader = { format: FORMAT, dtype, tensors: entries, metadata };
  const raw = new TextEncoder().encode(JSON.stringify(header));
  const json = new Uint8Array(align4(raw.length)).fill(0x20);
  json.set(raw);
  const bytes = new Uint8Array(8 + json.length + offset);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  bytes.set(json, 8);
  const dataStart = 8 + json.length;
  [...tensors.values()].forEach((t, i) => {
    const at = dataStart + entries[i]!.offset;
    for (let j = 0; j < t.size; j++) {
      if (dtype === 'float32') view.setFloat32(at + 4 * j, t.data[j]!, true);
      else view.setUint16(at + 2 * j, toFloat16Bits(t.data[j]!), true);
    }
  });
  return bytes;
}

/** Parses {@link encodeWeights} output back into named float32 tensors and the metadata. */
export function decodeWeights(bytes: Uint8Array): DecodedWeights {
  return runNow(decodingWeights(bytes));
}

/** Named float32 tensors parsed from a weights file, its metadata and its stored element type. */
export interface DecodedWeights {
  readonly tensors: Map<string, Tensor>;
  readonly metadata: unknown;
  readonly dtype: WeightsDtype;
}

/** {@link decodeWeights} as a {@link Resumable}, pausable between tensors and within large ones. */
export function* decodingWeights(bytes: Uint8Array): Resumable<DecodedWeights> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not an ACW1 weights file');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)),
  ) as WeightsHeader;
  if (header.format !== FORMAT) throw new Error(`unsupported weights format ${header.format}`);
  const dataStart = 8 + headerLength;
  const tensors = new Map<string, Tensor>();
  for (const { name, shape, offset } of header.tensors) {
    yield;
    const size = shape.reduce((a, b) => a * b, 1);
    const at = dataStart + offset;
    if (at + size * bytesPer[header.dtype] > bytes.length)
      throw new Error(`tensor ${name} is truncated`);
    const data = new Float32Array(size);
    for (let j = 0; j < size; j++) {
      if (j > 0 && j % VALUES_PER_PAUSE === 0) yield;
      data[j] =
        header.dtype === 'float32'
          ? view.getFloat32(at + 4 * j, true)
          : fromFloat16Bits(view.getUint16(at + 2 * j, true));
    }
    tensors.set(name, new Tensor(data, shape, { name }));
  }
  return { tensors, metadata: header.metadata, dtype: header.dtype };
}

/** Copies stored values into a model's parameters in place; names and shapes must all match. */
export function loadInto(
  target: ReadonlyMap<string, Tensor>,
  source: ReadonlyMap<string, Tensor>,
): void {
  for (const [name, param] of target) {
    const stored = source.get(name);
    if (!stored) throw new Error(`weights lack parameter ${name}`);
    if (stored.shape.join() !== param.shape.join()) {
      throw new Error(
        `${name} has shape [${stored.shape.join(', ')}], expected [${param.shape.join(', ')}]`,
      );
    }
    param.data.set(stored.data);
  }
  const extra = [...source.keys()].filter((name) => !target.has(name));
  if (extra.length > 0) throw new Error(`weights have unknown parameters: ${extra.join(', ')}`);
}

function align4(n: number): number {
  return Math.ceil(n / 4) * 4;
}
