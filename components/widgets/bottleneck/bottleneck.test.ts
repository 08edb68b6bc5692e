import { describe, expect, it } from 'vitest';
import type { ModelCard } from '../../../src/models/model-card';
import {
  bucketLabel,
  bucketOf,
  bucketX,
  chartSeries,
  describeSeries,
  percent,
  scoreY,
} from './bottleneck';
import type { ChartFrame } from '../shared/chart-frame';

const frame: ChartFrame = { width: 200, height: 120, left: 20, right: 0, top: 10, bottom: 10 };
const buckets = [
  { min: 1, max: 5, examples: 10, exactMatch: 0.9, bleu: 0.95 },
  { min: 6, max: 10, examples: 10, exactMatch: 0.5, bleu: 0.7 },
];
const card = { kind: 'gru', buckets } as unknown as ModelCard;

describe('buckets', () => {
  it('label as ranges and find the bucket of a length, or -1', () => {
    expect(bucketLabel(buckets[1]!)).toBe('6–10');
    expect(bucketOf(1, buckets)).toBe(0);
    expect(bucketOf(6, buckets)).toBe(1);
    expect(bucketOf(11, buckets)).toBe(-1);
    expect(bucketOf(0, buckets)).toBe(-1);
  });
});

describe('chart geometry', () => {
  it('centres buckets across the plot and puts 0 at the bottom and 1 at the top', () => {
    expect(bucketX(0, 2, frame)).toBe(65);
    expect(bucketX(1, 2, frame)).toBe(155);
    expect(scoreY(0, frame)).toBe(110);
    expect(scoreY(1, frame)).toBe(10);
    expect(scoreY(1.5, frame)).toBe(10);
  });

  it('gives each card a line of the chosen metric', () => {
    const [series] = chartSeries([card], 'bleu', frame);
    expect(series!.kind).toBe('gru');
    expect(series!.points.map((p) => p.value)).toEqual([0.95, 0.7]);
    expect(series!.points[1]).toEqual({ x: 155, y: scoreY(0.7, frame), value: 0.7 });
  });
});

describe('text alternative', () => {
  it('lists each bucket with its score as a percentage', () => {
    expect(percent(0.874)).toBe('87%');
    expect(describeSeries(card, 'exactMatch')).toBe('1–5: 90%, 6–10: 50%');
  });
});
