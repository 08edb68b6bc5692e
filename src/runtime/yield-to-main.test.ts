import { afterEach, describe, expect, it, vi } from 'vitest';
import { runNow, runYielding, yieldIfDue, yieldToMain, type Resumable } from './yield-to-main';

/** Sums 1..n, pausing after every term. */
function* summing(n: number): Resumable<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i;
    yield;
  }
  return total;
}

/** Replaces `scheduler.yield` with a counting one that still ends the task. */
function countSchedulerYields(): { readonly count: () => number } {
  let count = 0;
  vi.stubGlobal('scheduler', {
    yield: () => {
      count += 1;
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    },
  });
  return { count: () => count };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('yieldToMain', () => {
  it('resumes in a later task, after the microtasks already queued', async () => {
    const order: string[] = [];
    void Promise.resolve().then(() => order.push('microtask'));
    const yielded = yieldToMain().then(() => order.push('resumed'));
    await yielded;
    expect(order).toEqual(['microtask', 'resumed']);
  });

  it('falls back to a message to itself, then to a timer, without scheduler.yield', async () => {
    vi.stubGlobal('scheduler', undefined);
    await expect(yieldToMain()).resolves.toBeUndefined();
    vi.stubGlobal('MessageChannel', undefined);
    await expect(yieldToMain()).resolves.toBeUndefined();
  });

  it('uses scheduler.yield where the browser has it', async () => {
    const calls = countSchedulerYields();
    await yieldToMain();
    expect(calls.count()).toBe(1);
  });
});

describe('yieldIfDue', () => {
  it('yields once the budget is spent and not again within it', async () => {
    const calls = countSchedulerYields();
    await yieldIfDue(0);
    expect(calls.count()).toBe(1);
    await yieldIfDue(60_000);
    expect(calls.count()).toBe(1);
  });
});

describe('runNow and runYielding', () => {
  it('give the same result, with or without pauses', async () => {
    expect(runNow(summing(100))).toBe(5050);
    expect(await runYielding(summing(100))).toBe(5050);
  });

  it('yields at every pause when the budget is zero, and never when it is unlimited', async () => {
    const calls = countSchedulerYields();
    expect(await runYielding(summing(5), 0)).toBe(15);
    expect(calls.count()).toBe(5);
    expect(await runYielding(summing(5), Infinity)).toBe(15);
    expect(calls.count()).toBe(5);
  });

  it('passes an error thrown inside the work to the caller', async () => {
    function* failing(): Resumable<number> {
      yield;
      throw new Error('bad weights');
    }
    expect(() => runNow(failing())).toThrow('bad weights');
    await expect(runYielding(failing())).rejects.toThrow('bad weights');
  });
});
