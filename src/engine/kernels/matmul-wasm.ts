import { packedSize, packStrips } from './pack';
import { I32, moduleBytes, op, V128 } from '../../wasm/module-bytes';

// Parameters and locals of the tile loop, by index.
const [A, B, C, M, K, N] = [0, 1, 2, 3, 4, 5];
const [I, J, PA, PB, END, ROW, LAST] = [6, 7, 8, 9, 10, 11, 12];
const [Y01, Y23, X] = [13, 14, 15];
/** Accumulator pair r·2 + h holds row r of the tile, columns 2h and 2h + 1. */
const ACC = [16, 17, 18, 19, 20, 21, 22, 23];
const LOCALS = [...new Array<number>(7).fill(I32), ...new Array<number>(3 + 8).fill(V128)];

/** local += value, for an i32 local. */
const addTo = (local: number, ...value: (readonly number[])[]) => [
  ...op.localGet(local),
  ...value.flat(),
  ...op.i32Add,
  ...op.localSet(local),
];

/** One step along k: the 4×4 tile += (x0..x3)ᵀ·(y0..y3), every product and sum in float64. */
const step = [
  ...op.localGet(PB),
  ...op.v128Load(0),
  ...op.localSet(Y01),
  ...op.localGet(PB),
  ...op.v128Load(16),
  ...op.localSet(Y23),
  ...[0, 1, 2, 3].flatMap((r) => [
    ...op.localGet(PA),
    ...op.v128Load64Splat(8 * r),
    ...op.localSet(X),
    // A multiply then an add, each rounded, never a fused multiply-add: the TypeScript loop's bits.
    ...[Y01, Y23].flatMap((y, h) => [
      ...op.localGet(ACC[2 * r + h]!),
      ...op.localGet(X),
      ...op.localGet(y),
      ...op.f64x2Mul,
      ...op.f64x2Add,
      ...op.localSet(ACC[2 * r + h]!),
    ]),
  ]),
  ...addTo(PA, op.i32Const(32)),
  ...addTo(PB, op.i32Const(32)),
];

/** The tile's 16 sums, rounded to float32, into 4 rows of c from address ROW. */
const store = [0, 1, 2, 3].flatMap((r) => [
  ...[0, 1, 2, 3].flatMap((q) => [
    ...op.localGet(ROW),
    ...op.localGet(ACC[2 * r + (q >> 1)]!),
    ...op.f64x2ExtractLane(q & 1),
    ...op.f32DemoteF64,
    ...op.f32Store(4 * q),
  ]),
  ...addTo(ROW, op.localGet(N), op.i32Const(4), op.i32Mul),
]);

/** `while (!exit) body`: `exit` pushes the test that leaves the loop. */
const whileLoop = (exit: number[], body: number[]) => [
  ...op.block,
  ...op.loop,
  ...exit,
  ...op.brIf(1),
  ...body,
  ...op.br(0),
  ...op.end,
  ...op.end,
];

/**
 * tiles(a, b, c, m, k, n): the packed strips of A at byte a and of B at byte b (as `packStrips`
 * lays them out) to c = A·B, row-major [m, n] float32 at byte c.
 *
 * Column tiles go right to left so that every tile can store 4 full columns: the columns past n
 * of the last tile land at the start of the next rows, which the tiles to their left then
 * overwrite, and those of the last rows in the 4 spare floats after c (and rows past m past m·n).
 */
// prettier-ignore
const code = [
  ...op.localGet(N), ...op.i32Const(3), ...op.i32Add, ...op.i32Const(-4), ...op.i32And,
  ...op.i32Const(4), ...op.i32Sub, ...op.localSet(LAST),
  ...whileLoop([...op.localGet(I), ...op.localGet(M), ...op.i32GeU], [
    ...op.localGet(LAST), ...op.localSet(J),
    ...whileLoop([...op.localGet(J), ...op.i32Const(0), ...op.i32LtS], [
      ...ACC.flatMap((acc) => [...op.v128Const0, ...op.localSet(acc)]),
      ...op.localGet(A), ...op.localGet(I), ...op.localGet(K), ...op.i32Mul, ...op.i32Const(8),
      ...op.i32Mul, ...op.i32Add, ...op.localTee(PA),
      ...op.localGet(K), ...op.i32Const(32), ...op.i32Mul, ...op.i32Add, ...op.localSet(END),
      ...op.localGet(B), ...op.localGet(J), ...op.localGet(K), ...op.i32Mul, ...op.i32Const(8),
      ...op.i32Mul, ...op.i32Add, ...op.localSet(PB),
      ...whileLoop([...op.localGet(PA), ...op.localGet(END), ...op.i32GeU], step),
      ...op.localGet(C), ...op.localGet(I), ...op.localGet(N), ...op.i32Mul, ...op.localGet(J),
      ...op.i32Add, ...op.i32Const(4), ...op.i32Mul, ...op.i32Add, ...op.localSet(ROW),
      ...store,
      ...op.localGet(J), ...op.i32Const(4), ...op.i32Sub, ...op.localSet(J),
    ]),
    ...addTo(I, op.i32Const(4)),
  ]),
];

/** The module's bytes, small enough (under 4 KB) for browsers to compile synchronously anywhere. */
export const MATMUL_WASM = moduleBytes('tiles', 6, LOCALS, code);

interface Kernel {
  readonly tiles: (a: number, b: number, c: number, m: number, k: number, n: number) => void;
  readonly memory: WebAssembly.Memory;
}

/** The instance, or null where WebAssembly or its SIMD is missing (or a CSP forbids compiling). */
function instantiate(): Kernel | null {
  try {
    if (typeof WebAssembly !== 'object' || !WebAssembly.validate(MATMUL_WASM)) return null;
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(MATMUL_WASM));
    return exports as unknown as Kernel;
  } catch {
    return null;
  }
}

let kernel: Kernel | null | undefined;
// Views of the kernel's memory, recreated whenever growing it replaces its buffer.
let f64 = new Float64Array(0);
let f32 = new Float32Array(0);

/**
 * c = A·B as `matmulTs` computes it, bit for bit, with its tile loop in WebAssembly SIMD
 * (two float64 lanes); false, computing nothing, where that is unavailable.
 */
// prettier-ignore
export function matmulWasm(
  a: Float32Array, aOffset: number, aRow: number, aCol: number,
  b: Float32Array, bOffset: number, bRow: number, bCol: number,
  c: Float32Array, cOffset: number, m: number, k: number, n: number,
): boolean {
  if (kernel === undefined) kernel = instantiate();
  if (kernel === null) return false;
  const [aSize, bSize] = [packedSize(m, k), packedSize(n, k)];
  // c as float32 after both panels, with room for the rows and columns the tiles spill.
  const cStart = 2 * (aSize + bSize);
  const bytes = 4 * (cStart + packedSize(m, n) + 4);
  const { memory } = kernel;
  if (memory.buffer.byteLength < bytes) {
    // If the memory cannot grow, the TypeScript loop computes the same bits instead.
    try {
      memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
    } catch {
      return false;
    }
  }
  if (f64.buffer !== memory.buffer) {
    [f64, f32] = [new Float64Array(memory.buffer), new Float32Array(memory.buffer)];
  }
  packStrips(a, aOffset, aRow, aCol, m, k, f64, 0);
  packStrips(b, bOffset, bCol, bRow, n, k, f64, aSize);
  kernel.tiles(0, 8 * aSize, 4 * cStart, m, k, n);
  c.set(f32.subarray(cStart, cStart + m * n), cOffset);
  return true;
}
