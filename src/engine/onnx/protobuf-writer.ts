// Hand-written rather than protobufjs/minimal: the ONNX messages need only four wire
// operations, and protobufjs is not a direct dependency of this project (it is only
// hoisted from onnxruntime-web), so importing it would rely on the install layout.

const VARINT = 0;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

const utf8 = new TextEncoder();

/** Appends protobuf fields to a message; nested messages and byte fields are spliced in, not copied. */
export class ProtoWriter {
  private readonly parts: Uint8Array[] = [];
  private pending: number[] = [];
  private flushedLength = 0;

  /** Number of bytes written so far. */
  get length(): number {
    return this.flushedLength + this.pending.length;
  }

  /** Writes a varint field (int32, int64, enum); negatives take ten bytes, as protobuf requires. */
  int(field: number, value: number): this {
    this.tag(field, VARINT);
    this.varint(value);
    return this;
  }

  /** Writes a float field. */
  float(field: number, value: number): this {
    this.tag(field, FIXED32);
    this.append(float32Bytes([value]));
    return this;
  }

  /** Writes a bytes field. */
  bytes(field: number, value: Uint8Array): this {
    this.tag(field, LENGTH_DELIMITED);
    this.varint(value.length);
    this.append(value);
    return this;
  }

  /** Writes a UTF-8 string field. */
  string(field: number, value: string): this {
    return this.bytes(field, utf8.encode(value));
  }

  /** Writes an embedded message field; `message` must not be written to afterwards. */
  message(field: number, message: ProtoWriter): this {
    this.tag(field, LENGTH_DELIMITED);
    this.varint(message.length);
    message.flush();
    this.flush();
    this.parts.push(...message.parts);
    this.flushedLength += message.flushedLength;
    return this;
  }

  /** Writes a packed repeated varint field (it has the same framing as an embedded message). */
  packedInts(field: number, values: readonly number[]): this {
    const packed = new ProtoWriter();
    for (const value of values) packed.varint(value);
    return this.message(field, packed);
  }

  /** Writes a packed repeated float field. */
  packedFloats(field: number, values: readonly number[]): this {
    return this.bytes(field, float32Bytes(values));
  }

  /** Returns the encoded message as one contiguous buffer. */
  finish(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.flushedLength);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  private tag(field: number, wireType: number): void {
    this.varint(field * 8 + wireType);
  }

  private varint(value: number): void {
    let rest = BigInt.asUintN(64, BigInt(value));
    while (rest > 0x7fn) {
      this.pending.push(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    this.pending.push(Number(rest));
  }

  private append(bytes: Uint8Array): void {
    this.flush();
    this.parts.push(bytes);
    this.flushedLength += bytes.length;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(Uint8Array.from(this.pending));
    this.flushedLength += this.pending.length;
    this.pending = [];
  }
}

/** Encodes numbers as little-endian IEEE float32, independent of the host's byte order. */
export function float32Bytes(values: ArrayLike<number>): Uint8Array {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i] ?? 0, true);
  return new Uint8Array(view.buffer);
}

/** Encodes integers as little-endian int64, independent of the host's byte order. */
export function int64Bytes(values: ArrayLike<number>): Uint8Array {
  const view = new DataView(new ArrayBuffer(values.length * 8));
  for (let i = 0; i < values.length; i++) view.setBigInt64(i * 8, BigInt(values[i] ?? 0), true);
  return new Uint8Array(view.buffer);
}
