import { describe, expect, it } from 'vitest';
import { traced } from '../../../src/engine/trace';
import {
  allowedGrid,
  blockedCells,
  BOS,
  describeAllowed,
  MASK_MODES,
  maskedAttention,
  maskFigure,
  maskInputs,
  PAD,
  padBatch,
  sideOf,
} from './masks';

const batch = padBatch([['she', 'is', 'eating'], ['she', 'eats'], ['apple']]);

function run(mode: (typeof MASK_MODES)[number]) {
  const { trace } = traced(() => maskedAttention(maskInputs(batch), mode));
  const weights = trace.steps.find((s) => s.name === 'weights')!.output;
  return { weights, grid: allowedGrid(trace.steps) };
}

describe('padBatch', () => {
  it('fills shorter sentences with <pad> up to the longest', () => {
    expect(batch).toEqual([
      ['she', 'is', 'eating'],
      ['she', 'eats', PAD],
      ['apple', PAD, PAD],
    ]);
  });
});

describe('maskedAttention', () => {
  it('blocks the future under the causal mask: exact zeros above the diagonal', () => {
    const { weights, grid } = run('causal');
    expect(weights.shape).toEqual([3, 3, 3]);
    for (let s = 0; s < 3; s++) {
      for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 3; j++) {
          expect(grid[s * 9 + i * 3 + j]).toBe(j <= i ? 1 : 0);
          if (j > i) expect(weights.get(s, i, j)).toBe(0);
        }
      }
    }
  });

  it('blocks <pad> keys under the padding mask, for every query', () => {
    const { weights, grid } = run('padding');
    for (let i = 0; i < 3; i++) {
      expect(weights.get(1, i, 2)).toBe(0);
      expect(weights.get(2, i, 1)).toBe(0);
      expect(weights.get(2, i, 0)).toBeCloseTo(1, 6);
      expect(weights.get(0, i, 2)).toBeGreaterThan(0);
    }
    expect([...grid.subarray(9, 18)]).toEqual([1, 1, 0, 1, 1, 0, 1, 1, 0]);
  });

  it.each(MASK_MODES)('gives rows that sum to 1 (%s)', (mode) => {
    const { weights } = run(mode);
    for (let row = 0; row < 9; row++) {
      const total = weights.data.subarray(row * 3, row * 3 + 3).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 6);
    }
  });

  it('combines both masks by multiplying them', () => {
    const { grid } = run('both');
    expect([...grid.subarray(9, 18)]).toEqual([1, 0, 0, 1, 1, 0, 1, 1, 0]);
    expect(blockedCells(grid, 1, 3)).toEqual(new Set([1, 2, 5, 8]));
  });
});

describe('describeAllowed', () => {
  it('lists the keys each query may attend to', () => {
    const { grid } = run('both');
    expect(describeAllowed(grid, 1, batch[1]!, 'may attend to')).toBe(
      "'she' may attend to she; 'eats' may attend to she, eats; '<pad>' may attend to she, eats",
    );
  });
});

describe('maskFigure', () => {
  const batches = {
    source: [
      ['she', 'is', 'eating'],
      ['she', 'eats'],
    ],
    target: [
      [BOS, '她', '在', '吃'],
      [BOS, '她', '吃'],
    ],
  };

  it('shows the padding mask on the encoder’s batch and the causal mask on the decoder’s', () => {
    expect(sideOf('padding')).toBe('source');
    expect(sideOf('causal')).toBe('target');
    expect(sideOf('both')).toBe('target');
    expect(maskFigure(batches, 'padding').batch).toEqual([
      ['she', 'is', 'eating'],
      ['she', 'eats', PAD],
    ]);
    const decoder = maskFigure(batches, 'both');
    expect(decoder.batch[1]).toEqual([BOS, '她', '吃', PAD]);
    expect(decoder.n).toBe(4);
    // The second translation's last row: <pad> is blocked, the past is not.
    expect([...decoder.grid.subarray(16 + 12, 16 + 16)]).toEqual([1, 1, 1, 0]);
  });

  it('returns weights that are exactly zero where the mask blocks', () => {
    const { grid, weights } = maskFigure(batches, 'causal');
    grid.forEach((allowed, k) => {
      if (allowed === 0) expect(weights[k]).toBe(0);
    });
  });
});
