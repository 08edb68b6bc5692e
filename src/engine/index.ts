/** Public API of the tensor engine. */
export { Tensor, type Nested, type TensorOptions, type Creator } from './tensor';
export { fromNested, full, zeros, ones, scalar, tensor, parameter } from './create';
export { EngineError, type EngineErrorCode } from './errors';
export { type Shape, sizeOf, broadcastShapes } from './shape';
export type { OpDef, Attrs, AttrValue, NoAttrs } from './op';
export { opRegistry, getOp, runOp } from './registry';
export { apply } from './apply';
export { noGrad, setFiniteChecks } from './context';
export {
  traced,
  input,
  label,
  Trace,
  type TraceStep,
  type StepInput,
  type TensorSource,
} from './trace';
export { backward, type Gradients } from './autograd';
export { SGD, type SgdOptions } from './optim/sgd';
export { Adam, type AdamOptions } from './optim/adam';
export { clipGradNorm } from './optim/clip';
export { createRng, type Rng } from './random';
export { randn, randUniform, xavierUniform } from './init';
export { causalMask, paddingMask } from './masks';
export { attentionForward } from './attention';
export { sinusoidalEncoding, encodingWavelength } from './positional';

export { add } from './ops/add';
export { affine } from './ops/affine';
export { argmax } from './ops/argmax';
export { concat } from './ops/concat';
export { crossEntropy } from './ops/crossEntropy';
export { div } from './ops/div';
export { exp } from './ops/exp';
export { gather } from './ops/gather';
export { gelu } from './ops/gelu';
export { layerNorm } from './ops/layerNorm';
export { log } from './ops/log';
export { mask } from './ops/mask';
export { matmul } from './ops/matmul';
export { mean } from './ops/mean';
export { mergeHeads } from './ops/mergeHeads';
export { mul } from './ops/mul';
export { relu } from './ops/relu';
export { reshape } from './ops/reshape';
export { scale } from './ops/scale';
export { sigmoid } from './ops/sigmoid';
export { slice } from './ops/slice';
export { softmax } from './ops/softmax';
export { splitHeads } from './ops/splitHeads';
export { sub } from './ops/sub';
export { sum } from './ops/sum';
export { tanh } from './ops/tanh';
export { topk } from './ops/topk';
export { transpose } from './ops/transpose';
