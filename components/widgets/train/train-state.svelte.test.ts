import { describe, expect, it } from 'vitest';
import type { TrainListener } from '../../../src/learn/train-client';
import type { TrainCommand } from '../../../src/learn/train-protocol';
import { DEFAULT_SETTINGS } from '../../../src/learn/settings';
import { Vocabulary } from '../../../src/text/vocabulary';
import { yourModel } from '../../translation/your-model.svelte';
import { TrainState } from './train-state.svelte';

/** A state wired to a fake worker that records commands; `listener` answers as the worker. */
function fake() {
  const sent: TrainCommand[] = [];
  let listener: TrainListener | undefined;
  let terminated = 0;
  const state = new TrainState('/', (l) => {
    listener = l;
    return { send: (command) => sent.push(command), terminate: () => terminated++ };
  });
  return { state, sent, worker: () => listener!, terminated: () => terminated };
}

const vocabulary = Vocabulary.fromSentences([['she', 'is', 'eating', 'a', 'green', 'apple']]);
const evaluation = (step: number, loss: number) => ({
  type: 'evaluation' as const,
  evaluation: { step, validationLoss: loss, exactMatch: 0.5 },
});

describe('TrainState', () => {
  it('refuses settings out of range at the control and sends nothing for them', () => {
    const { state, sent } = fake();
    state.drafts.learningRate = 'NaN';
    state.drafts.width = '30';
    expect(state.problems).toEqual({ learningRate: 'range', heads: 'heads' });
    state.start();
    expect(sent).toEqual([]);
    state.drafts.learningRate = '0.01';
    state.drafts.width = '32';
    expect(state.valid).toBe(true);
    state.kind = 'gru';
    state.drafts.width = '30';
    expect(state.problems).toEqual({});
  });

  it('configures on Start, follows progress and evaluations, and resets the curves', () => {
    const { state, sent, worker } = fake();
    state.start();
    expect(state.phase).toBe('loading');
    expect(sent.map((c) => c.type)).toEqual(['configure', 'start']);
    expect(sent[0]).toMatchObject({ settings: DEFAULT_SETTINGS, base: '/' });
    const events = worker();
    events.onevent({ type: 'ready', srcVocab: vocabulary.toJSON(), maxLength: 6, trainPairs: 9 });
    expect(sent.at(-1)).toEqual({
      type: 'probe',
      tokens: ['she', 'is', 'eating', 'a', 'green', 'apple'],
    });
    events.onevent({ type: 'model', settings: DEFAULT_SETTINGS, parameters: 100 });
    events.onevent(evaluation(0, 5));
    events.onevent({ type: 'running', running: true });
    expect(state.phase).toBe('running');
    events.onevent({ type: 'progress', step: 5, loss: 4, stepsPerSecond: 10 });
    events.onevent({ type: 'progress', step: 10, loss: 3, stepsPerSecond: 12 });
    expect([state.step, state.trainLoss, state.stepsPerSecond]).toEqual([10, 3, 12]);
    expect(state.trainCurve.map((p) => p.loss)).toEqual([4, 3]);
    expect(state.validationCurve).toEqual([{ step: 0, loss: 5 }]);
    state.pause(true);
    expect(sent.at(-1)).toEqual({ type: 'pause' });
    expect(state.hiddenPause).toBe(true);
    events.onevent({ type: 'running', running: false });
    expect(state.phase).toBe('ready');
    state.reset();
    events.onevent({ type: 'model', settings: DEFAULT_SETTINGS, parameters: 100 });
    expect([state.step, state.trainLoss, state.trainCurve]).toEqual([0, undefined, []]);
  });

  it('shows a divergence, a refused upload and a failed worker without losing the settings', () => {
    const { state, worker, terminated } = fake();
    state.drafts.seed = '42';
    state.start();
    const events = worker();
    events.onevent({ type: 'model', settings: { ...DEFAULT_SETTINGS, seed: 42 }, parameters: 1 });
    events.onevent({ type: 'running', running: false });
    events.onevent({ type: 'diverged', step: 7, loss: Number.NaN });
    expect(state.phase).toBe('diverged');
    expect(state.divergence).toEqual({ step: 7, loss: Number.NaN });
    state.upload('bad.bin', new Uint8Array(3));
    events.onevent({ type: 'error', during: 'upload', message: 'not an ACW1 weights file' });
    expect(state.uploadStatus).toEqual({
      name: 'bad.bin',
      pending: false,
      error: 'not an ACW1 weights file',
    });
    events.onfailure('boom');
    expect([state.phase, state.failure, state.drafts.seed]).toEqual(['failed', 'boom', '42']);
    expect(terminated()).toBe(1);
  });

  it('checks the probe sentence against the slice vocabulary', () => {
    const { state, worker } = fake();
    state.start();
    worker().onevent({ type: 'ready', srcVocab: vocabulary.toJSON(), maxLength: 6, trainPairs: 9 });
    state.probeText = 'she is eating a grene apple';
    expect(state.probeCheck).toMatchObject({ ok: false, error: { kind: 'unknown-words' } });
    state.probeText = 'she is eating a green apple apple apple';
    expect(state.probeCheck).toMatchObject({ ok: false, error: { kind: 'too-long' } });
  });

  it('hands each weights file to what asked for it: a download, or the page for "Use my model"', () => {
    const { state, sent, worker } = fake();
    state.start();
    const events = worker();
    events.onevent({
      type: 'model',
      settings: { ...DEFAULT_SETTINGS, kind: 'attention' },
      parameters: 9,
    });
    events.onevent({ type: 'progress', step: 40, loss: 1, stepsPerSecond: 10 });
    state.requestWeights();
    state.useModel();
    expect(sent.slice(-2).map((c) => c.type)).toEqual(['download', 'download']);
    const [downloaded, used] = [Uint8Array.of(1), Uint8Array.of(2)];
    events.onevent({ type: 'weights', bytes: downloaded });
    events.onevent({ type: 'weights', bytes: used });
    expect(state.weights).toBe(downloaded);
    expect(yourModel.current).toEqual({ bytes: used, kind: 'attention', step: 40 });
    expect(state.usedStep).toBe(40);
  });
});
