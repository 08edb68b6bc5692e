import { beforeEach, describe, expect, it } from 'vitest';
import { ExerciseProgress } from './progress.svelte';

describe('ExerciseProgress', () => {
  beforeEach(() => localStorage.clear());

  it('stores solved ids under its key and reads them back', () => {
    const progress = new ExerciseProgress('test:attention');
    progress.mark('a');
    progress.mark('a');
    progress.mark('b');
    const again = new ExerciseProgress('test:attention');
    again.load();
    expect(again.solved).toEqual(['a', 'b']);
    expect(again.has('b')).toBe(true);
    expect(new ExerciseProgress('test:other').has('a')).toBe(false);
  });

  it('ignores stored values that are not a list of ids, and clears', () => {
    localStorage.setItem('test:bad', '{"not": "a list"');
    const progress = new ExerciseProgress('test:bad');
    progress.load();
    expect(progress.solved).toEqual([]);
    localStorage.setItem('test:mixed', '["a", 3, null]');
    const mixed = new ExerciseProgress('test:mixed');
    mixed.load();
    expect(mixed.solved).toEqual(['a']);
    mixed.clear();
    expect(localStorage.getItem('test:mixed')).toBe('[]');
  });
});
