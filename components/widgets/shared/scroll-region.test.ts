// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scrollRegion } from './scroll-region';

/** A box of `client` px showing content `scroll` px wide, and a way to resize its content. */
function box(client: number, scroll: number) {
  const element = document.createElement('div');
  element.append(document.createElement('table'));
  const size = { scroll };
  Object.defineProperty(element, 'clientWidth', { get: () => client });
  Object.defineProperty(element, 'scrollWidth', { get: () => size.scroll });
  return { element, size };
}

describe('scrollRegion', () => {
  let resized: () => void = () => {};
  const disconnect = vi.fn();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        resized = callback;
      }
      observe() {
        resized();
      }
      disconnect = disconnect;
    },
  );
  afterEach(() => disconnect.mockClear());

  it('makes an overflowing box a focusable, named region, and a fitting one plain again', () => {
    const { element, size } = box(300, 500);
    const detach = scrollRegion('Weights')(element);
    expect(element.tabIndex).toBe(0);
    expect(element.getAttribute('role')).toBe('region');
    expect(element.getAttribute('aria-label')).toBe('Weights');
    size.scroll = 300;
    resized();
    expect(element.hasAttribute('tabindex')).toBe(false);
    expect(element.hasAttribute('role')).toBe(false);
    expect(element.hasAttribute('aria-label')).toBe(false);
    if (typeof detach === 'function') detach();
    expect(disconnect).toHaveBeenCalledOnce();
  });
});
