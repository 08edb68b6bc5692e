import { describe, expect, it } from 'vitest';
import {
  column,
  cyclesOver,
  nextDimension,
  polylinePoints,
  positionalFigure,
  POSITIONS,
  sentencePositions,
} from './positional';

describe('positionalFigure', () => {
  it('computes PE and its Gram matrix on the engine', () => {
    const { pe, similarity, steps } = positionalFigure(POSITIONS, 16);
    expect(pe.shape).toEqual([POSITIONS, 16]);
    expect(similarity.shape).toEqual([POSITIONS, POSITIONS]);
    // Each position is 8 (sin, cos) pairs, so PE(p)·PE(p) = 8.
    expect(similarity.get(10, 10)).toBeCloseTo(8, 4);
    expect(similarity.get(3, 7)).toBeCloseTo(similarity.get(20, 24), 4);
    expect(steps.map((s) => s.label)).toEqual(['PEᵀ', 'similarity = PE·PEᵀ']);
  });
});

describe('helpers', () => {
  it('reads one column', () => {
    expect([...column(Float32Array.from([1, 2, 3, 4, 5, 6]), 3, 1)]).toEqual([2, 5]);
  });

  it('moves the selected dimension with the arrow keys, clamped to the width', () => {
    expect(nextDimension('ArrowRight', 3, 16)).toBe(4);
    expect(nextDimension('ArrowLeft', 0, 16)).toBe(0);
    expect(nextDimension('ArrowUp', 15, 16)).toBe(15);
    expect(nextDimension('End', 2, 16)).toBe(15);
    expect(nextDimension('Home', 9, 16)).toBe(0);
    expect(nextDimension('PageDown', 3, 16)).toBe(0);
    expect(nextDimension('Enter', 3, 16)).toBeUndefined();
  });

  it('draws a polyline with the maximum at the top', () => {
    expect(polylinePoints([-1, 0, 1], 100, 50, -1, 1)).toBe('0.00,50.00 50.00,25.00 100.00,0.00');
  });

  it('counts the periods of the fastest wave', () => {
    expect(cyclesOver(0, 16, 50)).toBeCloseTo(49 / (2 * Math.PI), 10);
  });
});

describe('sentencePositions', () => {
  it('gives the words of the sentence as the models split them, punctuation left out', () => {
    expect(sentencePositions('She is eating a green apple.')).toEqual({
      ok: true,
      words: ['she', 'is', 'eating', 'a', 'green', 'apple'],
    });
    expect(sentencePositions("They don't eat, do they?")).toEqual({
      ok: true,
      words: ['they', 'do', 'not', 'eat', 'do', 'they'],
    });
  });

  it('refuses a sentence without words, or with more words than positions drawn', () => {
    expect(sentencePositions(' ?! ')).toEqual({ ok: false, reason: 'empty', count: 0 });
    expect(sentencePositions('a '.repeat(POSITIONS + 1))).toEqual({
      ok: false,
      reason: 'tooLong',
      count: POSITIONS + 1,
    });
    expect(sentencePositions('a '.repeat(POSITIONS)).ok).toBe(true);
  });
});
