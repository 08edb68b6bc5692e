import { describe, expect, it, vi } from 'vitest';
import { Vocabulary } from '../../src/text/vocabulary';
import { ModelJob, type LoadedModel } from './model-job.svelte';

const srcVocab = Vocabulary.fromSentences([['she', 'is', 'eating', 'a', 'green', 'apple']]);
const loaded = {
  bundle: { srcVocab },
  session: { whenWarm: () => undefined },
} as unknown as LoadedModel;
const sessionFor = vi.hoisted(() => vi.fn());
vi.mock('./models', () => ({ sessionFor }));

const run = { backend: 'ts', steps: [], elapsedMs: 1, fallbacks: [] } as never;

describe('ModelJob', () => {
  it('computes on the loaded model, and keeps the result when a sentence is refused', async () => {
    sessionFor.mockResolvedValue(loaded);
    const job = new ModelJob<string>('gru', async (_model, tokens, choice) => ({
      value: `${tokens.join(' ')} on ${choice}`,
      run,
    }));
    await job.update('she is eating a green apple.');
    expect(job.result).toBe('she is eating a green apple on auto');
    expect(job.backend.result).toBe(run);
    await job.update('she is eating a grene apple');
    expect(job.inputError?.kind).toBe('unknown-words');
    expect(job.result).toBe('she is eating a green apple on auto');
    await job.update('?!');
    expect(job.inputError?.kind).toBe('empty');
    await job.update('she is eating');
    expect(job.inputError).toBeUndefined();
    expect(job.result).toBe('she is eating on auto');
  });

  it('reports a failed load and a failed run, keeping the last result', async () => {
    sessionFor.mockResolvedValueOnce(loaded);
    let fail = false;
    const job = new ModelJob<number>('transformer', async () => {
      if (fail) throw new Error('boom');
      return { value: 1, run };
    });
    await job.update('apple');
    sessionFor.mockRejectedValueOnce(new Error('the server answered 503'));
    await job.update('green apple');
    expect((job.loadError as Error).message).toBe('the server answered 503');
    expect(job.result).toBe(1);
    sessionFor.mockResolvedValue(loaded);
    fail = true;
    await job.update('green apple');
    expect(job.loadError).toBeUndefined();
    expect(job.backend.error).toBe('boom');
    expect(job.result).toBe(1);
    expect(job.backend.busy).toBe(false);
  });

  it('collapses requests made while one runs into the newest', async () => {
    sessionFor.mockResolvedValue(loaded);
    const seen: string[] = [];
    const job = new ModelJob<string>('gru', async (_model, tokens) => {
      seen.push(tokens.join(' '));
      return { value: tokens.join(' '), run };
    });
    await Promise.all([job.update('she'), job.update('she is'), job.update('apple')]);
    expect(seen).toEqual(['she', 'apple']);
    expect(job.result).toBe('apple');
  });
});
