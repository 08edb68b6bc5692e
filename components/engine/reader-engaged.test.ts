// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { whenEngaged } from './reader-engaged';
import { settled } from '../../src/lib/test-settled';

function figure(): { root: HTMLElement; button: HTMLButtonElement; outside: HTMLElement } {
  document.body.innerHTML = '<p id="outside"></p><div id="root"><button>Run</button></div>';
  return {
    root: document.getElementById('root')!,
    button: document.querySelector('button')!,
    outside: document.getElementById('outside')!,
  };
}

describe('whenEngaged', () => {
  it('waits for a press inside its target, not outside it', async () => {
    const { root, button, outside } = figure();
    const engaged = whenEngaged(root);
    outside.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(await settled(engaged)).toBe(false);
    button.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(await settled(engaged)).toBe(true);
  });

  it('counts a tab, a key and an input as engagement too', async () => {
    for (const type of ['focusin', 'keydown', 'input']) {
      const { root, button } = figure();
      const engaged = whenEngaged(root);
      button.dispatchEvent(new Event(type, { bubbles: true }));
      expect(await settled(engaged), type).toBe(true);
    }
  });

  it('ignores elements its filter refuses', async () => {
    const { button, outside } = figure();
    const engaged = whenEngaged(document, (element) => element.closest('#root') !== null);
    outside.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(await settled(engaged)).toBe(false);
    button.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(await settled(engaged)).toBe(true);
  });
});
