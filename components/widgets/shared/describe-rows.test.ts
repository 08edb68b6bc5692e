import { describe, expect, it } from 'vitest';
import { describeRows } from './describe-rows';

describe('describeRows', () => {
  it('names each row’s two largest columns with their values', () => {
    const text = describeRows([0.1, 0.61, 0.29, 0.5, 0.2, 0.3], 2, 3, {
      rowLabels: ['apple', 'green'],
      columnLabels: ['a', 'green', 'apple'],
      verb: 'attends most to',
      and: 'and',
    });
    expect(text).toBe(
      "'apple' attends most to 'green' (0.61) and 'apple' (0.29); 'green' attends most to 'a' (0.50) and 'apple' (0.30)",
    );
  });
});
