import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights } from '../models/weights-format';
import { shippedSlice } from './learn-fixtures';
import { DEFAULT_SETTINGS, type TrainSettings } from './settings';
import type { TrainEvent } from './train-protocol';
import { createTrainSession, PROGRESS_EVERY } from './train-session';
import { Trainer } from './trainer';

const slice = shippedSlice();
const settings: TrainSettings = { ...DEFAULT_SETTINGS, width: 16, heads: 2, seed: 7 };

function session() {
  const events: TrainEvent[] = [];
  const handle = createTrainSession({
    post: (event) => events.push(event),
    loadSlice: () => Promise.resolve(slice),
  });
  const of = <T extends TrainEvent['type']>(type: T) =>
    events.filter((e): e is Extract<TrainEvent, { type: T }> => e.type === type);
  return { events, handle, of };
}

describe('the training worker session', () => {
  it('takes the same steps as the trainer run directly, bit for bit', async () => {
    const { handle, of } = session();
    await handle({ type: 'configure', settings, base: '/' });
    expect(of('ready')[0]?.srcVocab).toEqual(slice.srcVocab.toJSON());
    expect(of('evaluation')[0]?.evaluation.step).toBe(0);
    for (let i = 0; i < 3; i++) await handle({ type: 'step' });
    const direct = new Trainer(slice, settings);
    const losses = [direct.step().loss, direct.step().loss, direct.step().loss];
    expect(of('progress').map((p) => [p.step, p.loss])).toEqual(losses.map((l, i) => [i + 1, l]));
    await handle({ type: 'reset' });
    await handle({ type: 'step' });
    expect(of('progress').at(-1)).toMatchObject({ step: 1, loss: losses[0] });
  });

  it('runs, reports progress and stops on pause', async () => {
    const { handle, of } = session();
    await handle({ type: 'configure', settings, base: '/' });
    await handle({ type: 'probe', tokens: ['she', 'is', 'eating'] });
    expect(of('probe')[0]?.view.source).toEqual(['she', 'is', 'eating']);
    await handle({ type: 'start' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await handle({ type: 'pause' });
    const running = of('running').map((r) => r.running);
    expect(running).toEqual([true, false]);
    const steps = of('progress').map((p) => p.step);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s % PROGRESS_EVERY === 0)).toBe(true);
    expect(of('progress')[0]!.stepsPerSecond).toBeGreaterThan(0);
    const after = of('progress').length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(of('progress')).toHaveLength(after);
    expect(of('evaluation').at(-1)?.evaluation.probe?.source).toEqual(['she', 'is', 'eating']);
  });

  it('reports a diverging step and keeps training possible after a reset', async () => {
    const { handle, of } = session();
    await handle({ type: 'configure', settings, base: '/' });
    const { tensors, metadata } = decodeWeights(new Trainer(slice, settings).weights());
    [...tensors.values()][0]!.data.fill(Number.NaN);
    await handle({ type: 'upload', bytes: encodeWeights(tensors, { metadata }) });
    await handle({ type: 'start' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(of('diverged')).toEqual([{ type: 'diverged', step: 1, loss: Number.NaN }]);
    expect(of('running').at(-1)?.running).toBe(false);
    expect(of('progress')).toHaveLength(0);
  });

  it('answers a malformed upload or bad settings with an error and keeps the model', async () => {
    const { handle, of } = session();
    await handle({ type: 'configure', settings, base: '/' });
    await handle({ type: 'step' });
    await handle({ type: 'upload', bytes: new TextEncoder().encode('not weights') });
    await handle({ type: 'configure', settings: { ...settings, width: 1000 }, base: '/' });
    expect(of('error').map((e) => e.during)).toEqual(['upload', 'configure']);
    await handle({ type: 'step' });
    expect(of('progress').map((p) => p.step)).toEqual([1, 2]);
  });

  it('downloads weights that upload again to the same translation', async () => {
    const { handle, of } = session();
    await handle({ type: 'configure', settings: { ...settings, kind: 'attention' }, base: '/' });
    for (let i = 0; i < 5; i++) await handle({ type: 'step' });
    await handle({ type: 'probe', tokens: ['she', 'is', 'eating'] });
    await handle({ type: 'download' });
    const bytes = of('weights')[0]!.bytes;
    await handle({ type: 'configure', settings, base: '/' });
    await handle({ type: 'upload', bytes });
    expect(of('model').at(-1)?.settings.kind).toBe('attention');
    const views = of('evaluation').map((e) => e.evaluation.probe);
    expect(views.at(-1)).toEqual(of('probe')[0]?.view);
  });

  it('reports a slice that cannot be loaded', async () => {
    const events: TrainEvent[] = [];
    const handle = createTrainSession({
      post: (event) => events.push(event),
      loadSlice: () => Promise.reject(new Error('offline')),
    });
    await handle({ type: 'configure', settings, base: '/' });
    expect(events).toEqual([{ type: 'error', during: 'configure', message: 'offline' }]);
  });
});
