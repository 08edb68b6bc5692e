import { describe, expect, it } from 'vitest';
import { trw } from './trained-widgets';

describe('trw', () => {
  it('fills in the named parameters in both languages and leaves unknown ones', () => {
    expect(trw('en', 'stepOption', { n: 3, input: '在', output: '吃' })).toBe(
      'Step 3: reads 在, writes 吃',
    );
    expect(trw('zh', 'stepOption', { n: 3, input: '在', output: '吃' })).toBe(
      '第 3 步：读入 在，写出 吃',
    );
    expect(trw('en', 'lengthCap')).toContain('{limit}');
  });
});
