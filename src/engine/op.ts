import type { LoweringContext } from './onnx/lowering';
import type { Shape } from './shape';
import type { Tensor } from './tensor';

/** One attribute value of an op (axis, perm, k, eps...). */
export type AttrValue = number | boolean | string | readonly number[];

/** An op's attributes: plain data, so traces can show and export them. */
export type Attrs = Readonly<Record<string, AttrValue>>;

/** Attributes of ops that take none. */
export type NoAttrs = Record<string, never>;

/**
 * Everything the engine knows about one op: shape rule, kernel, gradient, ONNX lowering.
 * What it means to a reader is in src/i18n/op-descriptions.ts.
 * Methods (not arrow properties) so an `OpDef<SoftmaxAttrs>` fits in the registry of `OpDef`.
 */
export interface OpDef<A extends Attrs = Attrs> {
  /** Registry key, also the trace step's op name. */
  readonly name: string;
  /** Checks input shapes and returns the output shape; throws EngineError on mismatch. */
  outputShape(shapes: readonly Shape[], attrs: A): Shape;
  /** Optional value checks (integer ids, 0/1 masks) run before the kernel. */
  checkValues?(inputs: readonly Tensor[], attrs: A): void;
  /** The kernel: computes the output values for an already validated output shape. */
  forward(inputs: readonly Tensor[], attrs: A, outputShape: Shape): Float32Array;
  /**
   * Gradients of the loss with respect to each input (null where none), given the gradient
   * of the output. Absent for ops that have no gradient (argmax, topk).
   */
  backward?(grad: Tensor, inputs: readonly Tensor[], output: Tensor, attrs: A): (Tensor | null)[];
  /** Adds this op's ONNX nodes (opset 17) to a graph and returns the output value names. */
  lower(
    ctx: LoweringContext,
    inputNames: readonly string[],
    inputShapes: readonly Shape[],
    attrs: A,
    outputShape: Shape,
  ): string[];
}
