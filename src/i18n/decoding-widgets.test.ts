import { describe, expect, it } from 'vitest';
import { dw } from './decoding-widgets';

describe('dw', () => {
  it('fills in the named parameters and leaves unknown ones', () => {
    expect(dw('en', 'kvCache', { filled: 3, total: 48 })).toBe(
      'Key/value cache: 3 of 48 slots filled',
    );
    expect(dw('zh', 'kvCache', { filled: 3, total: 48 })).toBe('键/值缓存：已填 3 / 48 个槽位');
    expect(dw('en', 'kvCache')).toContain('{filled}');
  });
});
