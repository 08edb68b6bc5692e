import { describe, expect, it } from 'vitest';
import { createRng } from '../engine';
import { bucketedBatches, oversampledBatches } from './batches';
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

describe('oversampled batches', () => {
  // Sources of 15 to 17 tokens: i % 17 is 14, 15 or 16, which 3 of every 17 indices below 986 are.
  const isLong = (e: Example) => e.src.length >= 15;
  const longCount = 3 * 58;

  it('adds whole batches of long examples until they are the given share of the batches', () => {
    const batches = oversampledBatches(examples, 32, createRng(3), { minLength: 15, share: 0.5 });
    // 1000 examples in one sorting window make ⌈1000 / 32⌉ = 32 regular batches, so 32 long ones.
    expect(batches).toHaveLength(64);
    expect(batches.filter((b) => b.every(isLong)).length).toBeGreaterThanOrEqual(32);
    const uses = new Map<number, number>();
    for (const e of batches.flat()) uses.set(e.src[0]!, (uses.get(e.src[0]!) ?? 0) + 1);
    // Each pass over the 174 long examples makes ⌈174 / 32⌉ = 6 batches: 32 batches are five
    // whole passes and two batches of a sixth, so a long example appears 1 + 5 or 1 + 6 times.
    for (const [i, e] of examples.entries())
      if (isLong(e)) expect([6, 7]).toContain(uses.get(i));
      else expect(uses.get(i)).toBe(1);
    const total = batches.flat().length;
    expect(total).toBeGreaterThanOrEqual(1000 + 5 * longCount + 2 * 14);
    expect(total).toBeLessThanOrEqual(1000 + 5 * longCount + 2 * 32);
  });

  it('is reproducible from the seed and keeps the regular batches without long ones', () => {
    const options = { minLength: 15, share: 0.25 };
    const batches = oversampledBatches(examples, 32, createRng(5), options);
    expect(oversampledBatches(examples, 32, createRng(5), options)).toEqual(batches);
    expect(oversampledBatches(examples, 32, createRng(6), options)).not.toEqual(batches);
    // 32 regular batches and round(32 · 0.25 / 0.75) = 11 long ones.
    expect(batches).toHaveLength(43);
    expect(oversampledBatches(examples, 32, createRng(5), { minLength: 99, share: 0.5 })).toEqual(
      bucketedBatches(examples, 32, createRng(5)),
    );
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
