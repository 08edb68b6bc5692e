import { describe, expect, it } from 'vitest';
import { translationChanges } from './translation-changes';

describe('translationChanges', () => {
  it('finds nothing in the same translation', () => {
    expect(translationChanges([4, 5, 6], [4, 5, 6])).toEqual({
      firstChange: undefined,
      changed: [false, false, false],
    });
  });

  it('marks a replaced word, and the step that chose it', () => {
    expect(translationChanges([4, 5, 6], [4, 9, 6])).toEqual({
      firstChange: 1,
      changed: [false, true, false],
    });
  });

  it('marks only the inserted word when the rest shifts', () => {
    expect(translationChanges([4, 5, 6], [4, 7, 5, 6])).toEqual({
      firstChange: 1,
      changed: [false, true, false, false],
    });
  });

  it('counts an earlier or later <eos> as a change at that step', () => {
    expect(translationChanges([4, 5, 6], [4, 5])).toEqual({
      firstChange: 2,
      changed: [false, false],
    });
    expect(translationChanges([4], [4, 4, 4])).toEqual({
      firstChange: 1,
      changed: [false, true, true],
    });
    expect(translationChanges([4, 5], [])).toEqual({ firstChange: 0, changed: [] });
  });
});
