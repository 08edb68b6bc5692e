import type { LoweringContext, OnnxAttribute, OnnxTarget } from './lowering';
import {
  encodeModel,
  type Dim,
  type ElementType,
  type InitializerSpec,
  type NodeSpec,
  type ValueInfoSpec,
} from './model-proto';
import { float32Bytes, int64Bytes } from './protobuf-writer';

const PRODUCER = 'attention-course';

/** Builds one ONNX graph in topological order and serializes it as a model. */
export class GraphBuilder implements LoweringContext {
  readonly target: OnnxTarget;
  private readonly defined = new Set<string>();
  private readonly nodes: NodeSpec[] = [];
  private readonly initializers: InitializerSpec[] = [];
  private readonly inputs: ValueInfoSpec[] = [];
  private readonly outputs: ValueInfoSpec[] = [];
  private nextId = 0;

  /** Starts an empty graph lowered for `target`. */
  constructor(target: OnnxTarget) {
    this.target = target;
  }

  /** Declares a graph input; dims may be symbolic names. Returns `name`. */
  addInput(name: string, shape: readonly Dim[], type: ElementType = 'float32'): string {
    this.define(name);
    this.inputs.push({ name, type, shape });
    return name;
  }

  /** Marks a value as a float32 graph output; without `shape` only the element type is declared. */
  addOutput(name: string, shape?: readonly Dim[]): void {
    if (this.outputs.some((output) => output.name === name)) {
      throw new Error(`ONNX graph output "${name}" is declared twice`);
    }
    this.outputs.push(shape ? { name, type: 'float32', shape } : { name, type: 'float32' });
  }

  /** Adds a node; every non-empty input must already be defined (empty means "omitted optional input"). */
  node(
    opType: string,
    inputs: readonly string[],
    attributes: Readonly<Record<string, OnnxAttribute>> = {},
    outputCount = 1,
  ): string[] {
    const missing = inputs.find((input) => input !== '' && !this.defined.has(input));
    if (missing !== undefined)
      throw new Error(`ONNX node ${opType} uses undefined value "${missing}"`);
    const outputs = Array.from({ length: outputCount }, () => this.fresh(opType.toLowerCase()));
    const name = `${opType}_${this.nodes.length}`;
    this.nodes.push({ name, opType, inputs: [...inputs], outputs, attributes: { ...attributes } });
    return outputs;
  }

  /** Adds an Identity node whose output is called `name`, e.g. to give a graph output a stable name. */
  alias(value: string, name: string): string {
    if (!this.defined.has(value)) throw new Error(`ONNX alias of undefined value "${value}"`);
    this.define(name);
    const identity = { name: `Identity_${this.nodes.length}`, opType: 'Identity', attributes: {} };
    this.nodes.push({ ...identity, inputs: [value], outputs: [name] });
    return name;
  }

  /**
   * Gives `value` the name `name`: renames it where its node made it and nothing used it yet, else
   * adds an {@link alias}. ORT's WebGL backend drops Identity nodes, and with them outputs named so.
   */
  rename(value: string, name: string): string {
    const at = this.nodes.findIndex((node) => node.outputs.includes(value));
    const used = this.nodes.some((node) => node.inputs.includes(value));
    if (at < 0 || used) return this.alias(value, name);
    this.define(name);
    this.defined.delete(value);
    const producer = this.nodes[at]!;
    const outputs = producer.outputs.map((o) => (o === value ? name : o));
    this.nodes[at] = { ...producer, outputs };
    return name;
  }

  /** Adds a float32 initializer and returns its name. */
  constantFloat(data: ArrayLike<number>, shape: readonly number[]): string {
    return this.constant('float32', data, shape);
  }

  /** Adds an int64 initializer (shapes, axes, indices) and returns its name. */
  constantInt64(data: ArrayLike<number>, shape: readonly number[]): string {
    return this.constant('int64', data, shape);
  }

  /** Serializes the graph as an ONNX ModelProto; fails if a declared output is never produced. */
  build(): Uint8Array {
    if (this.outputs.length === 0) throw new Error('ONNX graph has no outputs');
    const missing = this.outputs.find(({ name }) => !this.defined.has(name));
    if (missing) throw new Error(`ONNX graph output "${missing.name}" is never produced`);
    const { nodes, initializers, inputs, outputs } = this;
    return encodeModel({ name: 'engine', nodes, initializers, inputs, outputs }, PRODUCER);
  }

  private constant(type: ElementType, data: ArrayLike<number>, dims: readonly number[]): string {
    const size = dims.reduce((product, dim) => product * dim, 1);
    if (size !== data.length) {
      const detail = `needs ${size} values, got ${data.length}`;
      throw new Error(`ONNX constant of shape [${dims.join(', ')}] ${detail}`);
    }
    const rawData = type === 'float32' ? float32Bytes(data) : int64Bytes(data);
    const name = this.fresh('const');
    this.initializers.push({ name, type, dims: [...dims], rawData });
    return name;
  }

  // Generated names skip taken ones so they cannot clash with caller-chosen input names.
  private fresh(prefix: string): string {
    let name: string;
    do name = `${prefix}${this.nextId++}`;
    while (this.defined.has(name));
    this.define(name);
    return name;
  }

  private define(name: string): void {
    if (name === '') throw new Error('ONNX value names must not be empty');
    if (this.defined.has(name)) throw new Error(`ONNX value "${name}" is defined twice`);
    this.defined.add(name);
  }
}
