import type { Tensor } from '../engine';
import type { AttendedHeads } from './attention-hooks';

/** One head's tensors at one attention site, padding cut off, as rows of numbers. */
export interface HeadCapture {
  /** [query positions][d_k] */
  readonly queries: readonly (readonly number[])[];
  /** [key positions][d_k] */
  readonly keys: readonly (readonly number[])[];
  /** [key positions][d_k] */
  readonly values: readonly (readonly number[])[];
  /** [query positions][key positions], each row summing to 1 */
  readonly weights: readonly (readonly number[])[];
}

/** The first `count` rows of head `head` of t [1, h, n, width], each cut to `width` entries. */
function headRows(t: Tensor, head: number, count: number, width = t.shape[3]!): number[][] {
  const [, , n, stride] = t.shape as [number, number, number, number];
  return Array.from({ length: count }, (_, r) => {
    const start = (head * n + r) * stride;
    return [...t.data.subarray(start, start + width)];
  });
}

/** Each head's tensors of a single-sentence site, cut to `queryRows` queries and `keyRows` keys. */
export function headCaptures(
  { queries, keys, values, weights }: AttendedHeads,
  queryRows: number,
  keyRows: number,
): HeadCapture[] {
  return Array.from({ length: queries.shape[1]! }, (_, h) => ({
    queries: headRows(queries, h, queryRows),
    keys: headRows(keys, h, keyRows),
    values: headRows(values, h, keyRows),
    weights: headRows(weights, h, queryRows, keyRows),
  }));
}
