/** The ORT execution provider an ONNX graph is lowered for; WebGL lacks several ops. */
export type OnnxTarget = 'wasm' | 'webgl' | 'webgpu';

/** An ONNX node attribute, tagged so ints and floats are never confused. */
export type OnnxAttribute =
  | { readonly int: number }
  | { readonly ints: readonly number[] }
  | { readonly float: number }
  | { readonly floats: readonly number[] }
  | { readonly string: string };

/** What an op's ONNX lowering may do: add nodes and constants to the graph being built. */
export interface LoweringContext {
  /** The backend the graph is for; lowerings use primitives on `webgl`. */
  readonly target: OnnxTarget;
  /** Adds a node and returns the names of its `outputCount` (default 1) fresh outputs. */
  node(
    opType: string,
    inputs: readonly string[],
    attributes?: Readonly<Record<string, OnnxAttribute>>,
    outputCount?: number,
  ): string[];
  /** Adds a float32 initializer and returns its name. */
  constantFloat(data: ArrayLike<number>, shape: readonly number[]): string;
  /** Adds an int64 initializer (shapes, axes, indices) and returns its name. */
  constantInt64(data: ArrayLike<number>, shape: readonly number[]): string;
}
