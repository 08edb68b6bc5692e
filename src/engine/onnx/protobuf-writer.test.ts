import { describe, expect, it } from 'vitest';
import { float32Bytes, int64Bytes, ProtoWriter } from './protobuf-writer';

const bytes = (writer: ProtoWriter) => [...writer.finish()];

describe('ProtoWriter', () => {
  it('encodes varints, including ten-byte negatives', () => {
    expect(bytes(new ProtoWriter().int(1, 300))).toEqual([0x08, 0xac, 0x02]);
    expect(bytes(new ProtoWriter().int(2, -1))).toEqual([0x10, ...Array(9).fill(0xff), 0x01]);
  });

  it('encodes floats as little-endian fixed32', () => {
    expect(bytes(new ProtoWriter().float(2, 1))).toEqual([0x15, 0x00, 0x00, 0x80, 0x3f]);
  });

  it('length-prefixes strings, nested messages and packed fields', () => {
    const inner = new ProtoWriter().string(1, 'ab').bytes(9, new Uint8Array([7]));
    expect(bytes(new ProtoWriter().int(20, 2).message(5, inner))).toEqual([
      0xa0, 0x01, 0x02, 0x2a, 0x07, 0x0a, 0x02, 0x61, 0x62, 0x4a, 0x01, 0x07,
    ]);
    expect(bytes(new ProtoWriter().packedInts(8, [1, 150]))).toEqual([
      0x42, 0x03, 0x01, 0x96, 0x01,
    ]);
    expect(bytes(new ProtoWriter().packedFloats(7, [0]))).toEqual([0x3a, 0x04, 0, 0, 0, 0]);
  });

  it('writes an empty message as a zero-length field', () => {
    expect(bytes(new ProtoWriter().message(2, new ProtoWriter()))).toEqual([0x12, 0x00]);
  });
});

describe('raw tensor data', () => {
  it('is little-endian', () => {
    expect([...float32Bytes([1, -2])]).toEqual([0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0]);
    expect([...int64Bytes([-1, 258])]).toEqual([...Array(8).fill(0xff), 2, 1, 0, 0, 0, 0, 0, 0]);
  });
});
