import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { pageState } from './page-state.svelte';

describe('pageState', () => {
  it('notifies every reader when one cell changes the chosen head', () => {
    const seenByA: number[] = [];
    const seenByB: number[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seenByA.push(pageState.head);
      });
      $effect(() => {
        seenByB.push(pageState.head);
      });
    });
    flushSync();
    pageState.head = 2;
    flushSync();
    stop();
    expect(seenByA).toEqual([0, 2]);
    expect(seenByB).toEqual(seenByA);
  });
});
