import { describe, expect, it, vi } from 'vitest';
import type { HeadRef } from '../../src/models/interventions';
import type { AblationOptions } from '../../src/translation/head-ablation';
import {
  AblationAccuracy,
  type AccuracyFigure,
  type AccuracyScorer,
} from './ablation-accuracy.svelte';

const head: HeadRef = { kind: 'cross', layer: 0, head: 1 };

/** A scorer whose runs finish when the test says, reporting progress and honouring the signal. */
function controlledScorer() {
  const runs: {
    headsOff: readonly HeadRef[];
    options: AblationOptions;
    finish: (figure: AccuracyFigure) => void;
  }[] = [];
  const scorer: AccuracyScorer = {
    used: 98,
    skipped: 2,
    score: (headsOff, options) =>
      new Promise((resolve, reject) => {
        options.signal?.addEventListener('abort', () => reject(options.signal!.reason));
        runs.push({ headsOff, options, finish: resolve });
      }),
  };
  return { scorer, runs };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AblationAccuracy', () => {
  it('scores a set once, with progress, and shows it again at once', async () => {
    const { scorer, runs } = controlledScorer();
    const prepare = vi.fn(async () => scorer);
    const accuracy = new AblationAccuracy(prepare);
    const first = accuracy.show([], '');
    await settle();
    expect(accuracy.sample).toEqual({ used: 98, skipped: 2 });
    runs[0]!.options.onProgress!(10, 98);
    expect(accuracy.progress).toEqual({ done: 10, total: 98 });
    expect(accuracy.current).toBeUndefined();
    runs[0]!.finish({ exact: 90, total: 98 });
    await first;
    expect(accuracy.current).toEqual({ exact: 90, total: 98 });
    expect(accuracy.baseline).toEqual({ exact: 90, total: 98 });
    expect(accuracy.progress).toBeUndefined();

    const second = accuracy.show([head], 'cross.0.1');
    await settle();
    runs[1]!.finish({ exact: 50, total: 98 });
    await second;
    expect(accuracy.current).toEqual({ exact: 50, total: 98 });
    expect(accuracy.baseline).toEqual({ exact: 90, total: 98 });
    await accuracy.show([], '');
    expect(accuracy.current).toEqual({ exact: 90, total: 98 });
    expect(runs).toHaveLength(2);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('cancels the running computation when another set is asked for', async () => {
    const { scorer, runs } = controlledScorer();
    const accuracy = new AblationAccuracy(async () => scorer);
    const first = accuracy.show([head], 'cross.0.1');
    await settle();
    const second = accuracy.show([], '');
    await first;
    expect(runs[0]!.options.signal!.aborted).toBe(true);
    expect(accuracy.error).toBeUndefined();
    await settle();
    runs[0]!.options.onProgress!(50, 98);
    runs[1]!.options.onProgress!(20, 98);
    expect(accuracy.progress).toEqual({ done: 20, total: 98 });
    runs[1]!.finish({ exact: 97, total: 98 });
    await second;
    expect(accuracy.current).toEqual({ exact: 97, total: 98 });
    // The cancelled set was never scored, so asking for it again scores it.
    const third = accuracy.show([head], 'cross.0.1');
    await settle();
    expect(runs).toHaveLength(3);
    runs[2]!.finish({ exact: 40, total: 98 });
    await third;
    expect(accuracy.current).toEqual({ exact: 40, total: 98 });
  });

  it('reports a failed load, and tries again on the next request', async () => {
    const { scorer, runs } = controlledScorer();
    const prepare = vi
      .fn<() => Promise<AccuracyScorer>>()
      .mockRejectedValueOnce(new Error('the server answered 404'))
      .mockResolvedValue(scorer);
    const accuracy = new AblationAccuracy(prepare);
    await accuracy.show([], '');
    expect(accuracy.error).toBe('the server answered 404');
    expect(accuracy.progress).toBeUndefined();
    const again = accuracy.show([], '');
    await settle();
    runs[0]!.finish({ exact: 1, total: 98 });
    await again;
    expect(accuracy.error).toBeUndefined();
    expect(accuracy.current).toEqual({ exact: 1, total: 98 });
  });
});
