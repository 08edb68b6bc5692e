import { describe, expect, it } from 'vitest';
import { exerciseSets, exercisesFor } from './index';

describe.each(Object.entries(exerciseSets))('the exercises of %s', (_, set) => {
  it('are 3 to 5, at least two computed, with unique ids', () => {
    expect(set.length).toBeGreaterThanOrEqual(3);
    expect(set.length).toBeLessThanOrEqual(5);
    expect(set.filter((e) => e.kind === 'number').length).toBeGreaterThanOrEqual(2);
    expect(new Set(set.map((e) => e.id)).size).toBe(set.length);
  });

  it('have text in both languages, one correct option per choice and a why for every option', () => {
    for (const exercise of set) {
      expect(exercise.question.en.trim()).not.toBe('');
      expect(exercise.question.zh.trim()).not.toBe('');
      if (exercise.kind === 'choice') {
        expect(exercise.options.filter((o) => o.correct)).toHaveLength(1);
        for (const option of exercise.options)
          for (const text of [option.text, option.why])
            expect(text.en.trim() !== '' && text.zh.trim() !== '').toBe(true);
      } else {
        expect(Number.isFinite(exercise.answer())).toBe(true);
        expect(exercise.working.en).toContain('{answer}');
        expect(exercise.working.zh).toContain('{answer}');
      }
    }
  });
});

describe('exercisesFor', () => {
  it('returns a chapter’s set and refuses an unknown slug', () => {
    expect(exercisesFor('attention')).toBe(exerciseSets['attention']);
    expect(() => exercisesFor('nope')).toThrow(/nope/);
  });
});
