import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sentenceKey } from './carried-sentence';
import { pageSentence, SEED_ENGLISH } from './page-sentence.svelte';

/** A fresh copy of the store, as a newly loaded page would have it. */
async function loadStore() {
  vi.resetModules();
  return import('./page-sentence.svelte');
}

describe('pageSentence', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/');
  });

  it('notifies every reader when one cell changes the sentence', () => {
    const seenByA: string[] = [];
    const seenByB: string[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seenByA.push(pageSentence.text);
      });
      $effect(() => {
        seenByB.push(pageSentence.text);
      });
    });
    flushSync();
    pageSentence.text = 'i eat an apple';
    flushSync();
    stop();
    expect(seenByA).toEqual([SEED_ENGLISH, 'i eat an apple']);
    expect(seenByB).toEqual(seenByA);
  });

  it('starts the same chapter in the other language from the sentence typed last', async () => {
    history.replaceState(null, '', '/en/attention/');
    const english = await loadStore();
    english.pageSentence.text = 'the dog is drinking water';
    history.replaceState(null, '', '/zh/attention/');
    const chinese = await loadStore();
    expect(chinese.pageSentence.text).toBe('the dog is drinking water');
    history.replaceState(null, '', '/zh/transformer/');
    expect((await loadStore()).pageSentence.text).toBe(SEED_ENGLISH);
  });

  it('keeps working, from the seed, when storage is refused', async () => {
    const refuse = vi.fn(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.stubGlobal('sessionStorage', { getItem: refuse, setItem: refuse });
    const fresh = await loadStore();
    expect(fresh.pageSentence.text).toBe(SEED_ENGLISH);
    fresh.pageSentence.text = 'she eats';
    expect(fresh.pageSentence.text).toBe('she eats');
    expect(refuse).toHaveBeenCalledTimes(2);
    vi.unstubAllGlobals();
  });
});

describe('sentenceKey', () => {
  it('is one key per chapter, shared by its two languages', () => {
    expect(sentenceKey('/en/attention/')).toBe(sentenceKey('/zh/attention/'));
    expect(sentenceKey('/en/attention/')).not.toBe(sentenceKey('/en/transformer/'));
  });
});
