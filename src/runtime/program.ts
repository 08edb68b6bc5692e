import type { OnnxTarget } from '../engine/onnx/lowering';
import type { Tensor } from '../engine/tensor';
import type { Resumable } from './yield-to-main';

/** Named tensors going into or coming out of a program. */
export type Tensors = Readonly<Record<string, Tensor>>;

/**
 * A computation compiled for the accelerated backends: identified by its structure, it is turned
 * into ONNX at most once per backend, and the TypeScript reference checks what a backend returns.
 */
export interface Program {
  /** Equal keys mean the same graph: same ops, shapes, attributes and parameters. */
  readonly key: string;
  /** The graph's ONNX bytes for `target` (exported or fetched); asked for once per backend. */
  onnx(target: OnnxTarget): Uint8Array | Promise<Uint8Array>;
  /** The outputs as the TypeScript reference computes them for `feeds`, by output name. */
  reference(feeds: Tensors): Tensors;
  /** {@link reference} as a {@link Resumable}, for a computation long enough to be paused. */
  referenceInSteps?(feeds: Tensors): Resumable<Tensors>;
}
