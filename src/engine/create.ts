import { EngineError } from './errors';
import { sizeOf, type Shape } from './shape';
import { Tensor, type Nested } from './tensor';

/** A tensor from nested arrays, e.g. `fromNested([[1, 2], [3, 4]])` has shape [2, 2]. */
export function fromNested(values: Nested, name?: string): Tensor {
  const shape: number[] = [];
  for (let level = values; Array.isArray(level); level = level[0] ?? 0) shape.push(level.length);
  const flat: number[] = [];
  const walk = (value: Nested, axis: number): void => {
    if (axis === shape.length && typeof value === 'number') {
      flat.push(value);
    } else if (Array.isArray(value) && value.length === shape[axis]) {
      for (const item of value) walk(item, axis + 1);
    } else {
      throw new EngineError('fromNested', [shape], 'nested arrays are ragged');
    }
  };
  walk(values, 0);
  return new Tensor(Float32Array.from(flat), shape, { name });
}

/** A tensor of the given shape with every element equal to `value`. */
export function full(shape: Shape, value: number, name?: string): Tensor {
  return new Tensor(new Float32Array(sizeOf(shape)).fill(value), shape, { name });
}

/** A tensor of zeros. */
export function zeros(shape: Shape, name?: string): Tensor {
  return full(shape, 0, name);
}

/** A tensor of ones. */
export function ones(shape: Shape, name?: string): Tensor {
  return full(shape, 1, name);
}

/** A rank-0 tensor holding one number. */
export function scalar(value: number, name?: string): Tensor {
  return full([], value, name);
}

/** A tensor from flat row-major values and a shape. */
export function tensor(values: ArrayLike<number>, shape: Shape, name?: string): Tensor {
  return new Tensor(Float32Array.from(values), shape, { name });
}

/** A trainable tensor (requiresGrad) holding a copy of `initial`'s values. */
export function parameter(initial: Tensor, name = initial.name): Tensor {
  return new Tensor(initial.data.slice(), initial.shape, { name, requiresGrad: true });
}
