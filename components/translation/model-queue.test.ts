import { describe, expect, it } from 'vitest';
import { exclusively } from './model-queue';

describe('exclusively', () => {
  it('runs the tasks on one model one after another, even after a failure', async () => {
    const events: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        events.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      exclusively('gru', task('a', true)),
      exclusively('gru', task('b')),
    ]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
  });
});
