import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdleAfterLoad } from './after-load';
import { settled } from '../lib/test-settled';

/** A window whose load and idle moments the test sets off by hand. */
function fakeWindow(readyState: string) {
  const loads: (() => void)[] = [];
  const idles: { callback: () => void; timeout: number }[] = [];
  const page = {
    document: { readyState },
    addEventListener: (_type: string, listener: () => void) => loads.push(listener),
    requestIdleCallback: (callback: () => void, { timeout }: { timeout: number }) =>
      idles.push({ callback, timeout }),
  };
  vi.stubGlobal('window', page);
  return { loads, idles };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('whenIdleAfterLoad', () => {
  it('settles at once without a window', async () => {
    expect(await settled(whenIdleAfterLoad())).toBe(true);
  });

  it('waits for the load, then for an idle moment with the given timeout', async () => {
    const { loads, idles } = fakeWindow('interactive');
    const waiting = whenIdleAfterLoad(500);
    expect(await settled(waiting)).toBe(false);
    loads.forEach((load) => load());
    expect(idles.map((i) => i.timeout)).toEqual([500]);
    expect(await settled(waiting)).toBe(false);
    idles.forEach((i) => i.callback());
    expect(await settled(waiting)).toBe(true);
  });

  it('waits only for an idle moment once the page has loaded', async () => {
    const { loads, idles } = fakeWindow('complete');
    const waiting = whenIdleAfterLoad();
    expect(loads).toHaveLength(0);
    idles.forEach((i) => i.callback());
    expect(await settled(waiting)).toBe(true);
  });
});
