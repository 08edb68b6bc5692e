/** The longest, in milliseconds, {@link whenIdleAfterLoad} waits for an idle moment. */
export const IDLE_TIMEOUT_MS = 2000;

interface IdleWindow {
  readonly document: { readonly readyState: string };
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
}

/**
 * Settles once the page has loaded and the browser is next idle (or `timeoutMs` after the load,
 * if it never is), so work a reader has not asked for yet stays out of the page's loading.
 * Without a `window` (on the server, in tests) it settles at once.
 */
export function whenIdleAfterLoad(timeoutMs = IDLE_TIMEOUT_MS): Promise<void> {
  const page = (globalThis as { window?: IdleWindow }).window;
  if (page === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const idle = () => {
      if (typeof page.requestIdleCallback === 'function')
        page.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
      else setTimeout(resolve, 0);
    };
    if (page.document.readyState === 'complete') idle();
    else page.addEventListener('load', idle, { once: true });
  });
}
