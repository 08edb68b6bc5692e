import { describe, expect, it } from 'vitest';
import { Tensor } from '../engine';
import { EOS_ID } from '../text/vocabulary';
import { greedyDecode, greedyDecodeBatch } from './decode';
import { MAX_REPEATS } from './repetition-guard';
import type { StepModel } from './seq2seq';
import { longestRun } from './test-fixtures';

const VOCAB = 8;
const [FAVOURITE, RUNNER_UP] = [5, 6];

/** A step model whose logits are `row(step)` for every sentence of the batch at decoder step `step`. */
function fakeModel(row: (step: number) => readonly number[]): StepModel<number> {
  return {
    begin: () => 0,
    step: (step, previous) => {
      const batch = previous.shape[0]!;
      const logits = new Float32Array(batch * VOCAB);
      for (let b = 0; b < batch; b++) logits.set(row(step), b * VOCAB);
      return { logits: new Tensor(logits, [batch, VOCAB]), state: step + 1 };
    },
  };
}

/** Always the same favourite, never <eos>. */
const looping = fakeModel(() => [0, 0, -9, 0, 0, 4, 2, 1]);

describe('greedyDecode', () => {
  it('writes the favourite three times at most in a row, then the runner-up, up to the cap', () => {
    const decoded = greedyDecode(looping, [4, 5], 10);
    expect(decoded.tokens).toEqual([5, 5, 5, 6, 5, 5, 5, 6, 5, 5]);
    expect(longestRun(decoded.tokens)).toBe(MAX_REPEATS);
    expect(decoded.finished).toBe(false);
    expect(decoded.steps[3]!.top[0]!.id).toBe(FAVOURITE);
    expect(decoded.steps[3]!.token).toBe(RUNNER_UP);
  });

  it('changes nothing when the model repeats at most three times, and ends at <eos>', () => {
    const model = fakeModel((step) => {
      const row = [0, 0, 0, 0, 0, 0, 0, 0];
      row[step < MAX_REPEATS ? FAVOURITE : EOS_ID] = 4;
      return row;
    });
    const decoded = greedyDecode(model, [4], 10);
    expect(decoded.tokens).toEqual([5, 5, 5, EOS_ID]);
    expect(decoded.finished).toBe(true);
  });
});

describe('greedyDecodeBatch', () => {
  it('guards every row on its own tokens and stops at the cap', () => {
    const rows = greedyDecodeBatch(looping, [[4], [4, 5, 6]], 9);
    for (const row of rows) expect(row).toEqual([5, 5, 5, 6, 5, 5, 5, 6, 5]);
  });
});
