import { describe, expect, it } from 'vitest';
import { ModelLoadError } from '../../src/translation/load-model';
import { loadFailureReason } from './load-failure';

describe('loadFailureReason', () => {
  const status = new ModelLoadError(
    'gru',
    { kind: 'status', status: 503 },
    'the server answered 503',
  );

  it('says what went wrong in the page language, never in the English detail', () => {
    expect(loadFailureReason('en', status)).toBe('the server answered 503');
    expect(loadFailureReason('zh', status)).toBe('服务器返回了 503');
    const offline = new ModelLoadError('gru', { kind: 'network' }, 'Failed to fetch');
    expect(loadFailureReason('zh', offline)).toBe('服务器没有响应');
    const garbage = new ModelLoadError('gru', { kind: 'format' }, 'bad magic');
    expect(loadFailureReason('zh', garbage)).not.toMatch(/[A-Za-z]/);
    expect(loadFailureReason('en', garbage)).toBe('the file is not a model this page can read');
  });

  it("passes on any other error's own message", () => {
    expect(loadFailureReason('zh', new Error('boom'))).toBe('boom');
    expect(loadFailureReason('en', 'plain')).toBe('plain');
  });
});
