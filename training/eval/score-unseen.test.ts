import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint } from '../train/checkpoint';
import { MODELS_DIR } from '../train/plan';
import { scoreUnseen } from './score-unseen';
import { parseUnseen } from './unseen';

// The seed sentence every shipped model translates, a wrong reference for it, and a word no model knows.
const SENTENCES = parseUnseen(
  [
    'construction\tenglish\tanswer\taccepted',
    'seed\tShe is eating a green apple.\t她在吃一个绿色的苹果\t她(正)在吃一个绿色的苹果',
    'seed\tshe is eating a green apple\t她吃苹果\t她吃苹果',
    'unknown\tThe zeppelin is green.\t飞艇是绿色的\t飞艇是绿色的',
  ].join('\n'),
);

describe('scoreUnseen', () => {
  it('counts refused inputs as wrong and checks translations against the patterns', () => {
    const scores = scoreUnseen(loadCheckpoint(join(MODELS_DIR, 'transformer')), SENTENCES);
    expect(scores.coverage.accepted).toBe(2);
    expect(scores.coverage.missing).toEqual([['zeppelin', 1]]);
    expect(scores.correct).toBe(1);
    expect(scores.accuracy).toBeCloseTo(1 / 3);
  });
});
