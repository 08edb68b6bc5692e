import {
  createRng,
  full,
  parameter,
  randn,
  xavierUniform,
  zeros,
  type Rng,
  type Shape,
  type Tensor,
} from '../engine';

/**
 * How a model's random parameters start: drawn from its seed, or zeros for a model whose stored
 * weights are about to be copied in (the draws would all be overwritten).
 */
export type Initialisation = 'random' | 'zeros';

/** Creates a model's trainable tensors from one seed and keeps them by unique name. */
export class ParameterSet {
  readonly #tensors = new Map<string, Tensor>();
  readonly #rng: Rng | undefined;

  constructor(seed: number, initialisation: Initialisation = 'random') {
    this.#rng = initialisation === 'random' ? createRng(seed) : undefined;
  }

  /** A [fanIn, fanOut] weight with Xavier-uniform values. */
  matrix(name: string, fanIn: number, fanOut: number): Tensor {
    const rng = this.#rng;
    return this.#add(name, rng ? xavierUniform(fanIn, fanOut, rng) : zeros([fanIn, fanOut]));
  }

  /** A tensor filled with one value (biases, layer-norm gains). */
  constant(name: string, shape: Shape, value: number): Tensor {
    return this.#add(name, full(shape, value));
  }

  /** A tensor of normal samples, e.g. an embedding table. */
  normal(name: string, shape: Shape, std: number): Tensor {
    return this.#add(name, this.#rng ? randn(shape, this.#rng, std) : zeros(shape));
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
