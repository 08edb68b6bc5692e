import { mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LengthLimitNote from './LengthLimitNote.svelte';

afterEach(() => document.body.replaceChildren());

describe('LengthLimitNote', () => {
  it('says in words, in either language, that decoding stopped at the cap without [EOS]', () => {
    for (const [lang, text] of [
      ['en', 'Stopped at the length limit (48 tokens) without an end-of-sequence token [EOS].'],
      ['zh', '已达长度上限（48 个词元）仍未生成序列结束符 [EOS]，解码停止。'],
    ] as const) {
      const note = mount(LengthLimitNote, { target: document.body, props: { lang, limit: 48 } });
      const shown = document.querySelector('[data-length-limit]');
      expect(shown?.textContent?.trim()).toBe(text);
      expect(shown?.getAttribute('data-length-limit')).toBe('48');
      void unmount(note);
    }
  });
});
