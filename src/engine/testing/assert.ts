import { expect } from 'vitest';
import { fromNested } from '../create';
import type { Nested, Tensor } from '../tensor';

/** Asserts `actual` has the expected shape and values within an absolute tolerance. */
export function expectTensor(actual: Tensor, expected: Nested, tolerance = 1e-5): void {
  const want = fromNested(expected);
  expect(actual.shape).toEqual(want.shape);
  expectValues(actual.data, want.data, tolerance);
}

/** Asserts two flat arrays agree element-wise within an absolute tolerance. */
export function expectValues(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance = 1e-5,
): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++)
    worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  expect(worst).toBeLessThanOrEqual(tolerance);
}
