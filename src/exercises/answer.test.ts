import { describe, expect, it } from 'vitest';
import { checkAnswer, formatAnswer } from './answer';

describe('checkAnswer', () => {
  it('accepts a value within the tolerance and refuses one outside it', () => {
    expect(checkAnswer('0.665', 0.6652, 0.005)).toEqual({ kind: 'correct', value: 0.665 });
    expect(checkAnswer(' 6.7e-1 ', 0.6652, 0.005).kind).toBe('correct');
    expect(checkAnswer('0.7', 0.6652, 0.005)).toEqual({ kind: 'wrong', value: 0.7 });
    expect(checkAnswer('−2', -2, 0).kind).toBe('correct');
  });

  it('names the problem with input that is not a usable number', () => {
    expect(checkAnswer('', 1, 0).kind).toBe('empty');
    expect(checkAnswer('   ', 1, 0).kind).toBe('empty');
    for (const text of ['NaN', 'abc', '0x1f', '1,5', '1/2', '-Infinity', '<b>1</b>'])
      expect(checkAnswer(text, 1, 0).kind, text).toBe('not-a-number');
    expect(checkAnswer('1e30', 1, 0).kind).toBe('out-of-range');
    expect(checkAnswer('1e400', 1, 0).kind).toBe('out-of-range');
  });
});

describe('formatAnswer', () => {
  it('keeps whole numbers and rounds others to four significant digits', () => {
    expect(formatAnswer(262144)).toBe('262144');
    expect(formatAnswer(0.66524)).toBe('0.6652');
    expect(formatAnswer(1.5)).toBe('1.5');
    expect(formatAnswer(0.000174693)).toBe('0.0001747');
  });
});
