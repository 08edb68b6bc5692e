// The few pieces of the WebAssembly binary format (https://webassembly.github.io/spec/core/binary/)
// that the engine's kernels are written in, so that no assembler or prebuilt binary is needed.

/** An unsigned integer as LEB128: 7 bits a byte, low first, the top bit set on all but the last. */
export function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    const low = value & 0x7f;
    value >>>= 7;
    out.push(value === 0 ? low : low | 0x80);
  } while (value !== 0);
  return out;
}

/** A signed 32-bit integer as LEB128 (immediates of i32.const). */
export function sleb(value: number): number[] {
  const out: number[] = [];
  for (;;) {
    const low = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (low & 0x40) === 0) || (value === -1 && (low & 0x40) !== 0)) {
      out.push(low);
      return out;
    }
    out.push(low | 0x80);
  }
}

/** A vector: its length, then its items. */
export const vec = (items: readonly (readonly number[])[]): number[] => [
  ...uleb(items.length),
  ...items.flat(),
];

/** A name: its UTF-8 bytes as a vector. */
export const name = (text: string): number[] =>
  vec([...new TextEncoder().encode(text)].map((b) => [b]));

/** A section: its id, then its body prefixed with its size in bytes. */
export const section = (id: number, body: readonly number[]): number[] => [
  id,
  ...uleb(body.length),
  ...body,
];

/** Value types. */
export const I32 = 0x7f;
/** The 128-bit SIMD value type. */
export const V128 = 0x7b;

/** A memory access's alignment (log2 bytes) and offset. */
const memarg = (align: number, offset: number) => [...uleb(align), ...uleb(offset)];
/** A SIMD instruction: the 0xfd prefix, then its opcode as LEB128. */
const simd = (opcode: number, ...immediates: number[]) => [0xfd, ...uleb(opcode), ...immediates];

/** The instructions the kernels use, each as its bytes. */
export const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  localGet: (index: number) => [0x20, ...uleb(index)],
  localSet: (index: number) => [0x21, ...uleb(index)],
  localTee: (index: number) => [0x22, ...uleb(index)],
  i32Const: (value: number) => [0x41, ...sleb(value)],
  i32LtS: [0x48],
  i32LtU: [0x49],
  i32GeU: [0x4f],
  i32Add: [0x6a],
  i32Sub: [0x6b],
  i32Mul: [0x6c],
  i32And: [0x71],
  f32Store: (offset: number) => [0x38, ...memarg(2, offset)],
  f32DemoteF64: [0xb6],
  v128Load: (offset: number) => [...simd(0), ...memarg(4, offset)],
  v128Load64Splat: (offset: number) => [...simd(10), ...memarg(3, offset)],
  v128Const0: simd(12, ...new Array<number>(16).fill(0)),
  f64x2ExtractLane: (lane: number) => simd(33, lane),
  f64x2Add: simd(240),
  f64x2Mul: simd(242),
} as const;

/**
 * A module of one function exported as `name`, taking `params` i32 and returning nothing, with
 * `locals` (one type each) and the body `code`, and a memory of one page exported as `memory`.
 */
export function moduleBytes(
  exportName: string,
  params: number,
  locals: readonly number[],
  code: readonly number[],
): Uint8Array<ArrayBuffer> {
  const funcType = [0x60, ...vec(new Array<number[]>(params).fill([I32])), ...vec([])];
  const localGroups = vec(locals.map((type) => [1, type]));
  const body = [...localGroups, ...code, ...op.end];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([funcType])),
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(
      7,
      vec([
        [...name(exportName), 0x00, 0],
        [...name('memory'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}
