import { apply } from './apply';
import { EngineError } from './errors';
import type { Attrs, OpDef } from './op';
import { addOp } from './ops/add';
import { affineOp } from './ops/affine';
import { argmaxOp } from './ops/argmax';
import { concatOp } from './ops/concat';
import { crossEntropyOp } from './ops/crossEntropy';
import { divOp } from './ops/div';
import { expOp } from './ops/exp';
import { gatherOp } from './ops/gather';
import { geluOp } from './ops/gelu';
import { layerNormOp } from './ops/layerNorm';
import { logOp } from './ops/log';
import { maskOp } from './ops/mask';
import { matmulOp } from './ops/matmul';
import { meanOp } from './ops/mean';
import { mergeHeadsOp } from './ops/mergeHeads';
import { mulOp } from './ops/mul';
import { reluOp } from './ops/relu';
import { reshapeOp } from './ops/reshape';
import { scaleOp } from './ops/scale';
import { sigmoidOp } from './ops/sigmoid';
import { sliceOp } from './ops/slice';
import { softmaxOp } from './ops/softmax';
import { splitHeadsOp } from './ops/splitHeads';
import { subOp } from './ops/sub';
import { sumOp } from './ops/sum';
import { tanhOp } from './ops/tanh';
import { topkOp } from './ops/topk';
import { transposeOp } from './ops/transpose';
import type { Tensor } from './tensor';

const ops: readonly OpDef[] = [
  addOp,
  affineOp,
  argmaxOp,
  concatOp,
  crossEntropyOp,
  divOp,
  expOp,
  gatherOp,
  geluOp,
  layerNormOp,
  logOp,
  maskOp,
  matmulOp,
  meanOp,
  mergeHeadsOp,
  mulOp,
  reluOp,
  reshapeOp,
  scaleOp,
  sigmoidOp,
  sliceOp,
  softmaxOp,
  splitHeadsOp,
  subOp,
  sumOp,
  tanhOp,
  topkOp,
  transposeOp,
];

/** Every op the engine knows, keyed by name (the name trace steps carry). */
export const opRegistry: ReadonlyMap<string, OpDef> = new Map(ops.map((op) => [op.name, op]));

/** Looks an op up by name, throwing a typed error for unknown names. */
export function getOp(name: string): OpDef {
  const op = opRegistry.get(name);
  if (!op) throw new EngineError(name, [], `unknown op "${name}"`, 'unknown-op');
  return op;
}

/** Runs an op by name, e.g. to replay a trace step. */
export function runOp(name: string, inputs: readonly Tensor[], attrs: Attrs = {}): Tensor {
  return apply(getOp(name), inputs, attrs);
}
