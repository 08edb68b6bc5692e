import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLICE_PATH } from '../../src/learn/slice-file';
import { buildSlice, SLICE_MAX_LENGTH } from './slice';

describe('the in-browser training slice', () => {
  const slice = buildSlice();

  it('is the shipped file (npm run slice rewrites it)', () => {
    expect(JSON.parse(readFileSync(`public/${SLICE_PATH}`, 'utf8'))).toEqual(slice);
  });

  it('has short sentences only, and no English sentence in both splits', () => {
    const english = (lines: readonly string[]) => lines.map((line) => line.split('\t')[0]!);
    for (const sentence of english([...slice.train, ...slice.validation]))
      expect(sentence.split(' ').length).toBeLessThanOrEqual(SLICE_MAX_LENGTH);
    const train = new Set(english(slice.train));
    expect(english(slice.validation).filter((s) => train.has(s))).toEqual([]);
  });
});
