import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('substitutes named placeholders and leaves unknown ones', () => {
    expect(fill('{a} of {b}, {c}', { a: 2, b: 'ten' })).toBe('2 of ten, {c}');
  });
});
