import { describe, expect, it } from 'vitest';
import { fromNested } from '../../../src/engine/create';
import { traced } from '../../../src/engine/trace';
import { causalMaskFor, playgroundComputation } from './playground.svelte';
import {
  allFormulaTex,
  blockedCells,
  describeStep,
  stepFormulaTex,
  walkthroughSteps,
} from './steps';

const Q = fromNested([
  [1, 0],
  [0, 1],
]);
const K = fromNested([
  [1, 0],
  [0, 1],
]);
const V = fromNested([
  [1, 2],
  [3, 4],
]);

describe('walkthroughSteps', () => {
  it('lists the attention steps in order, without the transpose', () => {
    const { trace } = traced(() => playgroundComputation({ Q, K, V }));
    expect(walkthroughSteps(trace.steps).map((s) => s.key)).toEqual([
      'scores',
      'scaled',
      'weights',
      'output',
    ]);
  });

  it('includes the mask step when there is a mask, and knows which cells it blocked', () => {
    const { trace } = traced(() => playgroundComputation({ Q, K, V, M: causalMaskFor(2, 2) }));
    const steps = walkthroughSteps(trace.steps);
    expect(steps.map((s) => s.key)).toEqual(['scores', 'scaled', 'masked', 'weights', 'output']);
    expect([...blockedCells(steps[2]!.step)]).toEqual([1]);
  });
});

describe('formulas', () => {
  it('highlights exactly the part of the formula for the step', () => {
    expect(stepFormulaTex('scores', false)).toBe(
      '\\mathrm{softmax}\\left(\\frac{\\htmlClass{step-highlight}{QK^\\top}}{\\sqrt{d_k}}\\right)\\,V',
    );
    expect(stepFormulaTex('masked', true)).toContain('\\htmlClass{step-highlight}{\\mathrm{mask}}');
    for (const tex of Object.values(allFormulaTex())) {
      expect(tex.match(/htmlClass/g)).toHaveLength(1);
    }
    expect(Object.keys(allFormulaTex())).toHaveLength(9);
  });
});

describe('describeStep', () => {
  const words = {
    attendsMost: 'attends most to',
    scoresHighest: 'scores highest with',
    and: 'and',
    outputs: 'outputs',
  };

  it('names each query’s top keys for a weight matrix', () => {
    const text = describeStep('weights', [0.7, 0.3, 0.1, 0.9], 2, 2, ['a', 'b'], ['x', 'y'], words);
    expect(text).toBe(
      "'a' attends most to 'x' (0.70) and 'y' (0.30); 'b' attends most to 'y' (0.90) and 'x' (0.10)",
    );
  });

  it('writes masked scores as −10⁹', () => {
    const text = describeStep('masked', [1, -1e9], 1, 2, ['a'], ['x', 'y'], words);
    expect(text).toBe("'a' scores highest with 'x' (1.00) and 'y' (−10⁹)");
  });

  it('lists each output row', () => {
    expect(describeStep('output', [1, 2.5], 1, 2, ['a'], ['d1', 'd2'], words)).toBe(
      "'a' outputs (1.00, 2.50)",
    );
  });
});
