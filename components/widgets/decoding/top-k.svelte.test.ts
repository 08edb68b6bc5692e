import { mount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import TopK from './TopK.svelte';

afterEach(() => document.body.replaceChildren());

describe('TopK', () => {
  it('labels its probabilities as the model’s own and tags the token the guard blocked', () => {
    mount(TopK, {
      target: document.body,
      props: {
        lang: 'en',
        top: [
          { id: 5, probability: 0.8 },
          { id: 6, probability: 0.15 },
        ],
        chosen: 6,
        blocked: 5,
        token: (id: number) => `t${id}`,
      },
    });
    expect(document.querySelector('caption')?.textContent).toContain(
      'the model’s own probabilities, before the repetition guard',
    );
    const blocked = document.querySelector('[data-candidate="t5"] [data-blocked]');
    expect(blocked?.textContent).toBe('(blocked: already written 3 times in a row)');
    expect(document.querySelector('[data-candidate="t6"]')?.textContent).toContain('(chosen)');
    expect(document.querySelectorAll('[data-blocked]')).toHaveLength(1);
  });
});
