import { describe, expect, it } from 'vitest';
import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it('takes an Error’s message, not its name or stack', () => {
    expect(errorMessage(new RangeError('k must be at least 1'))).toBe('k must be at least 1');
  });

  it('turns anything else thrown into text', () => {
    expect(errorMessage('offline')).toBe('offline');
    expect(errorMessage(404)).toBe('404');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
