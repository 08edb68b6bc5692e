import { apply } from '../apply';
import { EngineError } from '../errors';
import type { OpDef } from '../op';
import { Tensor } from '../tensor';
import { expectIndices, expectInputs } from './checks';
import { lowerCrossEntropy } from './crossEntropyLowering';

type CrossEntropyAttrs = { readonly smoothing: number; readonly ignoreIndex: number };

/**
 * Calls `visit` for every row whose target is not ignored, with the row's offset, its target and
 * log Σ_j exp(z_j) (shifted by the row max so it cannot overflow). Returns how many rows counted.
 */
function forEachScoredRow(
  logits: Tensor,
  targets: Tensor,
  ignoreIndex: number,
  visit: (offset: number, target: number, logSumExp: number) => void,
): number {
  const vocab = logits.shape[1]!;
  let scored = 0;
  const z = logits.data;
  targets.data.forEach((target, row) => {
    if (target === ignoreIndex) return;
    const [start, end] = [row * vocab, (row + 1) * vocab];
    let max = -Infinity;
    for (let j = start; j < end; j++) max = Math.max(max, z[j]!);
    let total = 0;
    for (let j = start; j < end; j++) total += Math.exp(z[j]! - max);
    visit(start, target, max + Math.log(total));
    scored++;
  });
  return scored;
}

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
    const vocab = logits!.shape[1]!;
    let total = 0;
    const scored = forEachScoredRow(logits!, targets!, ignoreIndex, (offset, target, lse) => {
      const z = logits!.data;
      let sum = 0;
      for (let j = offset; j < offset + vocab; j++) sum += z[j]!;
      const meanLogProb = sum / vocab - lse;
      total -= (1 - smoothing) * (z[offset + target]! - lse) + smoothing * meanLogProb;
    });
    return new Float32Array([scored === 0 ? 0 : total / scored]);
  },
  backward(grad, [logits, targets], _output, { smoothing, ignoreIndex }) {
    // d/dz_j = (softmax_j − q_j) / rows, with q the smoothed target distribution.
    const vocab = logits!.shape[1]!;
    const rows: [number, number, number][] = [];
    const scored = forEachScoredRow(logits!, targets!, ignoreIndex, (...row) => rows.push(row));
    const dLogits = new Float32Array(logits!.size);
    const scale = grad.data[0]! / scored;
    for (const [offset, target, lse] of rows) {
      for (let j = 0; j < vocab; j++) {
        const q = (j === target ? 1 - smoothing : 0) + smoothing / vocab;
        dLogits[offset + j] = scale * (Math.exp(logits!.data[offset + j]! - lse) - q);
      }
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
