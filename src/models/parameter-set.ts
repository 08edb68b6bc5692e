import {
  createRng,
  full,
  parameter,
  randn,
  xavierUniform,
  type Rng,
  type Shape,
  type Tensor,
} from '../engine';

/** Creates a model's trainable tensors from one seed and keeps them by unique name. */
export class ParameterSet {
  readonly #tensors = new Map<string, Tensor>();
  readonly #rng: Rng;

  constructor(seed: number) {
    this.#rng = createRng(seed);
  }

  /** A [fanIn, fanOut] weight with Xavier-uniform values. */
  matrix(name: string, fanIn: number, fanOut: number): Tensor {
    return this.#add(name, xavierUniform(fanIn, fanOut, this.#rng));
  }

  /** A tensor filled with one value (biases, layer-norm gains). */
  constant(name: string, shape: Shape, value: number): Tensor {
    return this.#add(name, full(shape, value));
  }

  /** A tensor of normal samples, e.g. an embedding table. */
  normal(name: string, shape: Shape, std: number): Tensor {
    return this.#add(name, randn(shape, this.#rng, std));
  }

  /** Every parameter by name, in creation order. */
  get tensors(): Map<string, Tensor> {
    return new Map(this.#tensors);
  }

  #add(name: string, initial: Tensor): Tensor {
    if (this.#tensors.has(name)) throw new Error(`duplicate parameter name ${name}`);
    const tensor = parameter(initial, name);
    this.#tensors.set(name, tensor);
    return tensor;
  }
}
