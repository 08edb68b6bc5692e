import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { pageState } from './page-state.svelte';

describe('pageState', () => {
  it('notifies every reader when one cell changes the sentence', () => {
    const seenByA: string[] = [];
    const seenByB: string[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seenByA.push(pageState.sentence);
      });
      $effect(() => {
        seenByB.push(pageState.sentence);
      });
    });
    flushSync();
    pageState.sentence = 'i eat an apple';
    flushSync();
    stop();
    expect(seenByA).toEqual(['she is eating a green apple', 'i eat an apple']);
    expect(seenByB).toEqual(seenByA);
  });
});
