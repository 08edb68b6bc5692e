import { apply } from '../apply';
import { EngineError } from '../errors';
import type { OpDef } from '../op';
import { Tensor } from '../tensor';
import { expectIndices, expectInputs } from './checks';
import { lowerCrossEntropy } from './crossEntropyLowering';

type CrossEntropyAttrs = { readonly smoothing: number; readonly ignoreIndex: number };

/** log Σ_j exp(z_j) over z[start, end), shifted by the row max so it cannot overflow. */
function logSumExp(z: Float32Array, start: number, end: number): number {
  let max = -Infinity;
  for (let j = start; j < end; j++) max = Math.max(max, z[j]!);
  let total = 0;
  for (let j = start; j < end; j++) total += Math.exp(z[j]! - max);
  return max + Math.log(total);
}

// Each row's log-sum-exp as the forward computed it, for the backward of the same logits, which
// would otherwise spend two more passes over the vocabulary (one of them of exponentials) on it.
// Weak, so an entry goes with its logits; rows the forward skipped hold NaN.
const forwardLogSumExps = new WeakMap<Float32Array, Float64Array>();

/** Mean cross-entropy of logits [n, V] against integer targets [n], with label smoothing. */
export const crossEntropyOp: OpDef<CrossEntropyAttrs> = {
  name: 'crossEntropy',
  outputShape(shapes) {
    const [logits, targets] = expectInputs('crossEntropy', shapes, 2);
    if (logits.length !== 2 || targets.length !== 1 || targets[0] !== logits[0]) {
      throw new EngineError('crossEntropy', shapes, 'needs logits [n, V] and targets [n]');
    }
    return [];
  },
  checkValues([logits, targets], { smoothing, ignoreIndex }) {
    const shapes = [logits!.shape, targets!.shape];
    if (!(smoothing >= 0 && smoothing < 1)) {
      const detail = `smoothing ${smoothing} not in [0, 1)`;
      throw new EngineError('crossEntropy', shapes, detail, 'value');
    }
    expectIndices('crossEntropy', shapes, targets!.data, logits!.shape[1]!, ignoreIndex);
  },
  forward([logits, targets], { smoothing, ignoreIndex }) {
    const [z, vocab] = [logits!.data, logits!.shape[1]!];
    const lses = new Float64Array(targets!.size).fill(NaN);
    let [total, scored] = [0, 0];
    targets!.data.forEach((target, row) => {
      if (target === ignoreIndex) return;
      const [start, end] = [row * vocab, (row + 1) * vocab];
      const lse = logSumExp(z, start, end);
      let sum = 0;
      for (let j = start; j < end; j++) sum += z[j]!;
      const meanLogProb = sum / vocab - lse;
      total -= (1 - smoothing) * (z[start + target]! - lse) + smoothing * meanLogProb;
      lses[row] = lse;
      scored++;
    });
    forwardLogSumExps.set(z, lses);
    return new Float32Array([scored === 0 ? 0 : total / scored]);
  },
  backward(grad, [logits, targets], _output, { smoothing, ignoreIndex }) {
    // d/dz_j = (softmax_j − q_j) / rows, with q the smoothed target distribution.
    const [z, vocab] = [logits!.data, logits!.shape[1]!];
    const cached = forwardLogSumExps.get(z);
    const rows: number[] = [];
    targets!.data.forEach((target, row) => target === ignoreIndex || rows.push(row));
    const dLogits = new Float32Array(logits!.size);
    const scale = grad.data[0]! / rows.length;
    const [qOther, qTarget] = [smoothing / vocab, 1 - smoothing + smoothing / vocab];
    for (const row of rows) {
      const [start, end] = [row * vocab, (row + 1) * vocab];
      const lse = cached?.[row] ?? NaN;
      const rowLse = Number.isNaN(lse) ? logSumExp(z, start, end) : lse;
      for (let j = start; j < end; j++) dLogits[j] = scale * (Math.exp(z[j]! - rowLse) - qOther);
      const t = start + targets!.data[row]!;
      dLogits[t] = scale * (Math.exp(z[t]! - rowLse) - qTarget);
    }
    return [new Tensor(dLogits, logits!.shape), null];
  },
  lower: (ctx, [logits, targets], [shape], { smoothing, ignoreIndex }) => [
    lowerCrossEntropy(ctx, logits!, targets!, shape!, smoothing, ignoreIndex),
  ],
};

/** Mean cross-entropy of `logits` [n, V] vs integer `targets` [n]; `ignoreIndex` rows are skipped. */
export function crossEntropy(
  logits: Tensor,
  targets: Tensor,
  { smoothing = 0, ignoreIndex = -100 }: { smoothing?: number; ignoreIndex?: number } = {},
): Tensor {
  return apply(crossEntropyOp, [logits, targets], { smoothing, ignoreIndex });
}
