import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { HeadSwitches } from './head-switches.svelte';

describe('HeadSwitches', () => {
  it('lists every head of every site, all on at first', () => {
    const switches = new HeadSwitches({ layers: 2, heads: 4 });
    expect(switches.all).toHaveLength(24);
    expect(switches.all[0]).toEqual({ kind: 'encoder-self', layer: 0, head: 0 });
    expect(switches.all.at(-1)).toEqual({ kind: 'cross', layer: 1, head: 3 });
    expect(switches.off).toEqual([]);
    expect(switches.key).toBe('');
    expect(switches.allOff()).toBe(false);
  });

  it('toggles a head off and on, keys a set whatever the order it was made in', () => {
    const a = new HeadSwitches({ layers: 2, heads: 4 });
    const b = new HeadSwitches({ layers: 2, heads: 4 });
    const cross = { kind: 'cross', layer: 1, head: 2 } as const;
    const encoder = { kind: 'encoder-self', layer: 0, head: 3 } as const;
    a.toggle(cross);
    a.toggle(encoder);
    b.toggle(encoder);
    b.toggle(cross);
    expect(a.off).toEqual([encoder, cross]);
    expect(a.key).toBe(b.key);
    expect(a.isOff(cross)).toBe(true);
    a.toggle(cross);
    expect(a.isOff(cross)).toBe(false);
    expect(a.off).toEqual([encoder]);
  });

  it('switches every head off and on, and tells when a whole site is off', () => {
    const switches = new HeadSwitches({ layers: 1, heads: 2 });
    switches.setAll(true);
    expect(switches.off).toHaveLength(6);
    expect(switches.allOff()).toBe(true);
    switches.toggle({ kind: 'encoder-self', layer: 0, head: 1 });
    expect(switches.allOff()).toBe(false);
    expect(switches.allOff('cross')).toBe(true);
    expect(switches.allOff('encoder-self')).toBe(false);
    switches.setAll(false);
    expect(switches.off).toEqual([]);
  });

  it('notifies readers of the set', () => {
    const switches = new HeadSwitches({ layers: 1, heads: 2 });
    const keys: string[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        keys.push(switches.key);
      });
    });
    flushSync();
    switches.toggle({ kind: 'decoder-self', layer: 0, head: 1 });
    flushSync();
    stop();
    expect(keys).toEqual(['', 'decoder-self.0.1']);
  });
});
