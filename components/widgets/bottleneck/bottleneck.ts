import { fetchCard } from '../../../src/translation/load-model';
import type { BucketScores, ModelCard } from '../../../src/models/model-card';
import type { ModelKind } from '../../../src/models/seq2seq';
import { MODEL_KINDS } from '../../../src/models/model-spec';
import type { ChartFrame } from '../shared/chart-frame';

/** Which score the chart plots. */
export type Metric = 'exactMatch' | 'bleu';

/** The metrics in the order the chart's toggle lists them. */
export const METRICS: readonly Metric[] = ['exactMatch', 'bleu'];

/** A length bucket as the chart labels it, e.g. "6–10". */
export function bucketLabel({ min, max }: Pick<BucketScores, 'min' | 'max'>): string {
  return `${min}–${max}`;
}

/** The index of the bucket holding `length`, or -1 when no bucket does. */
export function bucketOf(
  length: number,
  buckets: readonly Pick<BucketScores, 'min' | 'max'>[],
): number {
  return buckets.findIndex(({ min, max }) => length >= min && length <= max);
}

/** A score as a whole percentage, e.g. 0.874 → "87%". */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** One model's line: a point per bucket, at the bucket's centre and the score's height. */
export interface Series {
  readonly kind: ModelKind;
  readonly points: readonly { readonly x: number; readonly y: number; readonly value: number }[];
}

/** The x centre of bucket `i` of `count` in `frame`. */
export function bucketX(i: number, count: number, frame: ChartFrame): number {
  const inner = frame.width - frame.left - frame.right;
  return frame.left + ((i + 0.5) * inner) / count;
}

/** The y of a score in [0, 1] in `frame` (0 at the bottom). */
export function scoreY(value: number, frame: ChartFrame): number {
  const inner = frame.height - frame.top - frame.bottom;
  return frame.top + (1 - Math.min(1, Math.max(0, value))) * inner;
}

/** The chart's lines: each card's `metric` per bucket, placed in `frame`. */
export function chartSeries(
  cards: readonly ModelCard[],
  metric: Metric,
  frame: ChartFrame,
): Series[] {
  return cards.map((card) => ({
    kind: card.kind,
    points: card.buckets.map((bucket, i, all) => ({
      x: bucketX(i, all.length, frame),
      y: scoreY(bucket[metric], frame),
      value: bucket[metric],
    })),
  }));
}

/** Each model's `metric` per bucket in words, e.g. "1–5: 98%, 6–10: 91%". */
export function describeSeries(card: ModelCard, metric: Metric): string {
  return card.buckets.map((b) => `${bucketLabel(b)}: ${percent(b[metric])}`).join(', ');
}

/** The model cards of the three shipped models, from the site's base path. */
export function loadCards(): Promise<ModelCard[]> {
  return Promise.all(MODEL_KINDS.map((kind) => fetchCard(kind, import.meta.env.BASE_URL)));
}
