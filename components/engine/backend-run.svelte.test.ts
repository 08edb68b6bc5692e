import { describe, expect, it } from 'vitest';
import { matmul } from '../../src/engine/ops/matmul';
import { fromNested } from '../../src/engine/create';
import { BackendRun } from './backend-run.svelte';

describe('BackendRun', () => {
  it('keeps only the newest of overlapping runs', async () => {
    const run = new BackendRun(({ A }) => matmul(A!, A!));
    run.choice = 'ts';
    await Promise.all([1, 2, 3].map((value) => run.compute({ A: fromNested([[value]]) })));
    expect(run.result?.result.data[0]).toBe(9);
    expect(run.busy).toBe(false);
  });

  it('keeps the last good result and reports the error when a run fails', async () => {
    const run = new BackendRun(({ A, B }) => matmul(A!, B!));
    run.choice = 'ts';
    await run.compute({ A: fromNested([[1, 2]]), B: fromNested([[3], [4]]) });
    expect(run.result?.result.data[0]).toBe(11);
    await run.compute({ A: fromNested([[1, 2]]), B: fromNested([[3, 4, 5]]) });
    expect(run.result?.result.data[0]).toBe(11);
    expect(run.error).toMatch(/^matmul: /);
  });
});
