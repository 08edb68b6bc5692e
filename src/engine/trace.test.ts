import { describe, expect, it } from 'vitest';
import { attentionForward } from './attention';
import { backward } from './autograd';
import { parameter } from './create';
import { causalMask } from './masks';
import { add } from './ops/add';
import { matmul } from './ops/matmul';
import { mean } from './ops/mean';
import { relu } from './ops/relu';
import { random } from './testing/random';
import { input, label, traced } from './trace';

describe('traced', () => {
  it('records attentionForward step by step, in order, with labels', () => {
    const [Q, K, V] = [random([3, 4]), random([3, 4]), random([3, 2])];
    const mask = causalMask(3);
    const { result, trace } = traced(() =>
      attentionForward(input(Q, 'Q'), input(K, 'K'), input(V, 'V'), { mask }),
    );
    expect(trace.steps.map((s) => [s.op, s.label])).toEqual([
      ['transpose', 'Kᵀ'],
      ['matmul', 'scores = QKᵀ'],
      ['scale', 'scaled = scores/√d_k'],
      ['mask', 'masked = mask(scaled)'],
      ['softmax', 'weights = softmax(masked)'],
      ['matmul', 'output = weights·V'],
    ]);
    expect(trace.steps[5]!.output).toBe(result);
    expect(trace.steps[2]!.attrs).toEqual({ factor: 0.5 });
    expect(trace.inputs.map((i) => i.name)).toEqual(['Q', 'K', 'V']);
  });

  it('links each input to an earlier step, a graph input or a constant', () => {
    const Q = random([2, 2]);
    const mask = causalMask(2);
    const { trace } = traced(() => attentionForward(input(Q, 'Q'), Q, Q, { mask }));
    const [transposeStep, scores, , masked] = trace.steps;
    expect(transposeStep!.inputs[0]).toMatchObject({
      source: { kind: 'input', name: 'Q' },
      label: 'Q',
    });
    expect(scores!.inputs[1]).toMatchObject({ source: { kind: 'step', step: 0 }, label: 'Kᵀ' });
    expect(masked!.inputs[0]).toMatchObject({ source: { kind: 'step', step: 2 }, label: 'scaled' });
    expect(masked!.inputs[1]).toMatchObject({ source: { kind: 'constant' }, label: 'causal mask' });
    expect(masked!.inputs[1]!.tensor).toBe(mask);
    expect(trace.sourceOf(scores!.output)).toEqual({ kind: 'step', step: 1 });
  });

  it('records nothing outside traced, and label() is then a no-op', () => {
    const x = random([2, 2]);
    const y = label(relu(x), 'y');
    const { trace } = traced(() => add(y, x));
    expect(trace.steps).toHaveLength(1);
    expect(trace.steps[0]!.inputs.map((i) => i.source.kind)).toEqual(['constant', 'constant']);
  });

  it('does not record the ops run by backward', () => {
    const w = parameter(random([3, 3]));
    const { trace } = traced(() => {
      const loss = mean(relu(matmul(random([2, 3]), w)));
      backward(loss);
      return loss;
    });
    expect(trace.steps.map((s) => s.op)).toEqual(['matmul', 'relu', 'mean']);
  });

  it('refuses to declare a step output as a graph input', () => {
    expect(() => traced(() => input(relu(random([2])), 'x'))).toThrow(/is a step output/);
  });
});
