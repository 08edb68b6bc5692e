import { describe, expect, it } from 'vitest';
import { createRng } from '../engine';
import { bucketedBatches } from './batches';
import type { Example } from './example';
import { learningRate } from './optimizer';

const examples: Example[] = Array.from({ length: 1000 }, (_, i) => ({
  src: Array.from({ length: 1 + (i % 17) }, () => i),
  tgt: Array.from({ length: 1 + ((i * 7) % 23) }, () => i),
}));

describe('bucketed batches', () => {
  it('uses every example exactly once, reproducibly from the seed', () => {
    const batches = bucketedBatches(examples, 32, createRng(5));
    expect(
      batches
        .flat()
        .map((e) => e.src[0])
        .sort((a, b) => a! - b!),
    ).toEqual(examples.map((_, i) => i));
    expect(bucketedBatches(examples, 32, createRng(5))).toEqual(batches);
    expect(bucketedBatches(examples, 32, createRng(6))).not.toEqual(batches);
  });

  it('pads far less than random batches', () => {
    const padding = (batches: Example[][]) =>
      batches.reduce((n, b) => n + b.length * Math.max(...b.map((e) => e.tgt.length)), 0);
    const bucketed = bucketedBatches(examples, 32, createRng(1));
    const random = Array.from({ length: bucketed.length }, (_, i) =>
      examples.slice(i * 32, i * 32 + 32),
    );
    expect(padding(bucketed)).toBeLessThan(0.7 * padding(random));
  });
});

describe('learning-rate schedule', () => {
  it('warms up linearly to the peak, then decays as 1/√step', () => {
    const schedule = { peak: 1e-3, warmup: 100 };
    expect(learningRate(50, schedule)).toBeCloseTo(5e-4, 10);
    expect(learningRate(100, schedule)).toBeCloseTo(1e-3, 10);
    expect(learningRate(400, schedule)).toBeCloseTo(5e-4, 10);
    expect(learningRate(7, { peak: 2e-3, warmup: 0 })).toBe(2e-3);
    expect(learningRate(50, { ...schedule, hold: true })).toBeCloseTo(5e-4, 10);
    expect(learningRate(400, { ...schedule, hold: true })).toBe(1e-3);
    const cooled = { peak: 2e-3, warmup: 0, total: 1000, cooldown: 0.2 };
    expect(learningRate(800, cooled)).toBeCloseTo(2e-3, 10);
    expect(learningRate(900, cooled)).toBeCloseTo(1e-3, 10);
    expect(learningRate(1000, cooled)).toBe(0);
    expect(learningRate(900, { ...schedule, total: 1000, cooldown: 0.2 })).toBeCloseTo(
      1e-3 * Math.sqrt(100 / 900) * 0.5,
      10,
    );
  });
});
