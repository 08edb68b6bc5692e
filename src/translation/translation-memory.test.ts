import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MODEL_FILES } from '../models/model-card';
import { modelFromBytes } from '../models/model-bundle';
import type { OrtLoadOptions } from '../runtime/ort-loader';
import { BOS_ID } from '../text/vocabulary';
import { exportedGraphs } from './model-graphs';
import { TranslationSession } from './translation-session';

const ort: OrtLoadOptions = {
  wasmPaths: new URL('./', import.meta.resolve('onnxruntime-web/wasm')).href,
};
const dir = 'public/models/transformer';
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

describe.each(['ts', 'wasm'] as const)('1,000 Transformer decoder steps on %s', (backend) => {
  it('keep the JS heap within 5% of its level after the first 100, with one session per graph', async () => {
    const { model, srcVocab } = modelFromBytes(readFileSync(`${dir}/${MODEL_FILES.weights}`));
    const session = new TranslationSession(model, { graphs: exportedGraphs(model), ort });
    const { start } = await session.encode(srcVocab.encode(['she', 'is', 'eating']), backend);
    const step = session.stepper(backend);
    // Each step feeds the previous one's state, so its cache fills slot by slot and wraps at 48.
    let state = start;
    let baseline = 0;
    for (let i = 0; i < 1000; i++) {
      const result = await step(i % 48 === 0 ? start : state, BOS_ID);
      expect(result.backend).toBe(backend);
      state = result.next;
      if (i === 99) baseline = heapAfterGc();
    }
    const final = heapAfterGc();
    console.log(
      `${backend}: heap after 100 steps ${(baseline / 2 ** 20).toFixed(1)} MiB, after 1,000 ${(final / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(final).toBeLessThanOrEqual(baseline * 1.05);
    expect(session.counts).toEqual(
      backend === 'ts' ? { exports: 0, sessions: 0 } : { exports: 2, sessions: 2 },
    );
    await session.release();
  }, 120_000);
});
