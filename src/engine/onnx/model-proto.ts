import type { OnnxAttribute } from './lowering';
import { ProtoWriter } from './protobuf-writer';

// Field numbers and enum values from onnx/onnx.proto3.
const Model = { irVersion: 1, producerName: 2, graph: 7, opsetImport: 8 } as const;
const OperatorSetId = { domain: 1, version: 2 } as const;
const Graph = { node: 1, name: 2, initializer: 5, input: 11, output: 12 } as const;
const Node = { input: 1, output: 2, name: 3, opType: 4, attribute: 5 } as const;
const Attribute = { name: 1, f: 2, i: 3, s: 4, floats: 7, ints: 8, type: 20 } as const;
const AttributeType = { float: 1, int: 2, string: 3, floats: 6, ints: 7 } as const;
const Tensor = { dims: 1, dataType: 2, name: 8, rawData: 9 } as const;
const ValueInfo = { name: 1, type: 2 } as const;
const TypeProto = { tensorType: 1 } as const;
const TensorType = { elemType: 1, shape: 2 } as const;
const Shape = { dim: 1 } as const;
const Dimension = { dimValue: 1, dimParam: 2 } as const;

const IR_VERSION = 8;
const OPSET_VERSION = 17;

/** ONNX TensorProto.DataType codes for the element types the engine uses. */
export const DataType = { float32: 1, int64: 7 } as const;

/** An element type the engine exchanges with ONNX graphs. */
export type ElementType = keyof typeof DataType;

/** A dimension: a size, or a symbolic name for a size known only at run time. */
export type Dim = number | string;

/** A constant tensor stored in the graph, its data already little-endian encoded. */
export interface InitializerSpec {
  readonly name: string;
  readonly type: ElementType;
  readonly dims: readonly number[];
  readonly rawData: Uint8Array;
}

/** One operator application. */
export interface NodeSpec {
  readonly name: string;
  readonly opType: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: Readonly<Record<string, OnnxAttribute>>;
}

/** A graph input or output; without `shape` even the rank is unknown. */
export interface ValueInfoSpec {
  readonly name: string;
  readonly type: ElementType;
  readonly shape?: readonly Dim[];
}

/** Everything a GraphProto holds, in plain data. */
export interface GraphSpec {
  readonly name: string;
  readonly nodes: readonly NodeSpec[];
  readonly initializers: readonly InitializerSpec[];
  readonly inputs: readonly ValueInfoSpec[];
  readonly outputs: readonly ValueInfoSpec[];
}

/** Serializes a graph as an ONNX ModelProto (IR 8, default-domain opset 17). */
export function encodeModel(graph: GraphSpec, producerName: string): Uint8Array {
  const opset = new ProtoWriter().string(OperatorSetId.domain, '');
  return new ProtoWriter()
    .int(Model.irVersion, IR_VERSION)
    .string(Model.producerName, producerName)
    .message(Model.graph, encodeGraph(graph))
    .message(Model.opsetImport, opset.int(OperatorSetId.version, OPSET_VERSION))
    .finish();
}

function encodeGraph(graph: GraphSpec): ProtoWriter {
  const out = new ProtoWriter();
  for (const node of graph.nodes) out.message(Graph.node, encodeNode(node));
  out.string(Graph.name, graph.name);
  for (const value of graph.initializers) out.message(Graph.initializer, encodeInitializer(value));
  for (const value of graph.inputs) out.message(Graph.input, encodeValueInfo(value));
  for (const value of graph.outputs) out.message(Graph.output, encodeValueInfo(value));
  return out;
}

function encodeNode(node: NodeSpec): ProtoWriter {
  const out = new ProtoWriter();
  for (const input of node.inputs) out.string(Node.input, input);
  for (const output of node.outputs) out.string(Node.output, output);
  out.string(Node.name, node.name).string(Node.opType, node.opType);
  for (const [name, value] of Object.entries(node.attributes)) {
    out.message(Node.attribute, encodeAttribute(name, value));
  }
  return out;
}

function encodeAttribute(name: string, value: OnnxAttribute): ProtoWriter {
  const typed = (type: keyof typeof AttributeType) =>
    new ProtoWriter().string(Attribute.name, name).int(Attribute.type, AttributeType[type]);
  if ('int' in value) return typed('int').int(Attribute.i, value.int);
  if ('ints' in value) return typed('ints').packedInts(Attribute.ints, value.ints);
  if ('float' in value) return typed('float').float(Attribute.f, value.float);
  if ('floats' in value) return typed('floats').packedFloats(Attribute.floats, value.floats);
  return typed('string').string(Attribute.s, value.string);
}

function encodeInitializer(tensor: InitializerSpec): ProtoWriter {
  return new ProtoWriter()
    .packedInts(Tensor.dims, tensor.dims)
    .int(Tensor.dataType, DataType[tensor.type])
    .string(Tensor.name, tensor.name)
    .bytes(Tensor.rawData, tensor.rawData);
}

function encodeValueInfo(value: ValueInfoSpec): ProtoWriter {
  const tensorType = new ProtoWriter().int(TensorType.elemType, DataType[value.type]);
  if (value.shape) {
    const shape = new ProtoWriter();
    for (const dim of value.shape) {
      const dimension = new ProtoWriter();
      if (typeof dim === 'number') dimension.int(Dimension.dimValue, dim);
      else dimension.string(Dimension.dimParam, dim);
      shape.message(Shape.dim, dimension);
    }
    tensorType.message(TensorType.shape, shape);
  }
  return new ProtoWriter()
    .string(ValueInfo.name, value.name)
    .message(ValueInfo.type, new ProtoWriter().message(TypeProto.tensorType, tensorType));
}
