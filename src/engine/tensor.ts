import { EngineError, formatShape } from './errors';
import type { Attrs, OpDef } from './op';
import { sizeOf, stridesOf, type Shape } from './shape';

/** A number or arbitrarily nested arrays of numbers, as written in tests and shown in the UI. */
export type Nested = number | Nested[];

/** How a tensor was computed: the op and inputs that autograd walks back through. */
export interface Creator {
  readonly op: OpDef;
  readonly inputs: readonly Tensor[];
  readonly attrs: Attrs;
}

/** Optional facts about a tensor beyond its values. */
export interface TensorOptions {
  readonly name?: string | undefined;
  readonly requiresGrad?: boolean;
  readonly creator?: Creator;
}

let nextId = 0;

/**
 * An n-dimensional array of float32 values in row-major order.
 * Ops never write into a tensor's data; only optimizers update parameters in place.
 */
export class Tensor {
  /** Unique per tensor, handy as a key or a graph name. */
  readonly id = nextId++;
  /** The values, row-major. */
  readonly data: Float32Array;
  /** Dimension sizes, outermost first; `[]` is a scalar. */
  readonly shape: Shape;
  /** Number of elements. */
  readonly size: number;
  /** Optional human name (e.g. a parameter's `W_q`). */
  readonly name: string | undefined;
  /** True for parameters and for results computed from them while gradients are on. */
  readonly requiresGrad: boolean;
  /** The op that produced this tensor, recorded only when gradients are tracked. */
  readonly creator: Creator | undefined;

  constructor(data: Float32Array, shape: Shape, options: TensorOptions = {}) {
    if (!shape.every((dim) => Number.isInteger(dim) && dim >= 0)) {
      throw new EngineError('tensor', [shape], 'dimensions must be non-negative integers');
    }
    const size = sizeOf(shape);
    if (size === 0) {
      throw new EngineError('tensor', [shape], 'empty tensors are not allowed', 'empty');
    }
    if (data.length !== size) {
      throw new EngineError('tensor', [shape], `has ${data.length} values but needs ${size}`);
    }
    this.data = data;
    this.shape = Object.freeze([...shape]);
    this.size = size;
    this.name = options.name;
    this.requiresGrad = options.requiresGrad ?? options.creator !== undefined;
    this.creator = options.creator;
  }

  /** Number of dimensions. */
  get rank(): number {
    return this.shape.length;
  }

  /** Reads one element by its full index, e.g. `t.get(1, 2)`. */
  get(...index: number[]): number {
    if (index.length !== this.rank) {
      const detail = `expects ${this.rank} indices, got ${index.length}`;
      throw new EngineError('get', [this.shape], detail);
    }
    const strides = stridesOf(this.shape);
    let offset = 0;
    index.forEach((i, axis) => {
      if (!Number.isInteger(i) || i < 0 || i >= this.shape[axis]!) {
        throw new EngineError('get', [this.shape], `index ${formatShape(index)} is out of bounds`);
      }
      offset += i * strides[axis]!;
    });
    return this.data[offset]!;
  }

  /** The values as nested arrays (a plain number for a scalar). */
  toNested(): Nested {
    const build = (axis: number, offset: number, stride: number): Nested => {
      if (axis === this.rank) return this.data[offset]!;
      const dim = this.shape[axis]!;
      const inner = stride / dim;
      return Array.from({ length: dim }, (_, i) => build(axis + 1, offset + i * inner, inner));
    };
    return build(0, 0, this.size);
  }
}
