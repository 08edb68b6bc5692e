import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noGrad, Tensor } from '../engine';
import { greedyDecode } from '../models/decode';
import { MODEL_FILES } from '../models/model-card';
import { modelFromBytes, modelFromBytesYielding } from '../models/model-bundle';
import { guardRepetition } from '../models/repetition-guard';
import { MAX_TARGET_TOKENS, paddedSource } from '../models/step-graphs';
import { MODEL_KINDS } from '../models/model-spec';
import type { Seq2SeqModel } from '../models/seq2seq';
import { BOS_ID, EOS_ID } from '../text/vocabulary';
import { argmax, greedy } from './decoding';
import { exportedGraphs, graphProgram, modelOutputs } from './model-graphs';
import { TranslationSession } from './translation-session';

const SEED = 'she is eating a green apple'.split(' ');

/** Greedy decoding of `ids` on the model's own graphs, in one synchronous loop: no pauses. */
function greedyAtOnce(model: Seq2SeqModel, ids: readonly number[]) {
  const graphs = exportedGraphs(model);
  const [encoder, decoder] = [
    graphProgram(model, 'encoder', graphs),
    graphProgram(model, 'decoder', graphs),
  ];
  const inputs = paddedSource(ids);
  const encoded = modelOutputs(encoder.reference(inputs), inputs);
  let state = model.initialDecoderInputs(encoded, inputs.sourceMask);
  let token = BOS_ID;
  const [written, logits]: [number[], Float32Array[]] = [[], []];
  while (written.length < MAX_TARGET_TOKENS) {
    const feeds = { ...state, token: new Tensor(Float32Array.of(token), [1]) };
    const outputs = modelOutputs(decoder.reference(feeds), feeds);
    logits.push(outputs['logits']!.data);
    const chosen = argmax(guardRepetition(outputs['logits']!.data, written));
    written.push(chosen);
    if (chosen === EOS_ID) break;
    [state, token] = [model.nextDecoderInputs(state, outputs), chosen];
  }
  return { written, logits };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each(MODEL_KINDS)('the seed sentence on the shipped %s model', (kind) => {
  const bytes = new Uint8Array(readFileSync(`public/models/${kind}/${MODEL_FILES.weights}`));

  it('is encoded in several pauses into exactly what the encoder gives at once', () => {
    const { model, srcVocab } = modelFromBytes(bytes);
    const inputs = paddedSource(srcVocab.encode(SEED));
    const work = model.encodingGraph(inputs);
    let pauses = 0;
    let step = noGrad(() => work.next());
    for (; !step.done; step = noGrad(() => work.next())) pauses += 1;
    expect(pauses).toBeGreaterThan(1);
    const atOnce = noGrad(() => model.encodeGraph(inputs));
    expect(Object.keys(step.value)).toEqual(Object.keys(atOnce));
    for (const [name, tensor] of Object.entries(atOnce))
      expect(step.value[name]!.data, name).toEqual(tensor.data);
  });

  it('translates in short tasks exactly as in one synchronous run', async () => {
    let pauses = 0;
    vi.stubGlobal('scheduler', {
      yield: () => {
        pauses += 1;
        return new Promise<void>((resolve) => setTimeout(resolve, 0));
      },
    });
    const bundle = await modelFromBytesYielding(bytes);
    const session = new TranslationSession(bundle.model);
    const ids = bundle.srcVocab.encode(SEED);
    const encoded = await session.encode(ids, 'ts');
    const decoding = await greedy({
      start: encoded.start,
      step: session.stepper('ts'),
      sourceLength: ids.length,
    });
    expect(pauses).toBeGreaterThan(0);

    const reference = modelFromBytes(bytes);
    const atOnce = greedyAtOnce(reference.model, reference.srcVocab.encode(SEED));
    expect(decoding.steps.map((s) => s.chosen)).toEqual(atOnce.written);
    decoding.steps.forEach((step, i) =>
      expect(step.outputs['logits']!.data, `step ${i}`).toEqual(atOnce.logits[i]),
    );
    // The batch path (model.begin/step) is another computation, so only its tokens must agree.
    const batch = greedyDecode(reference.model, ids, MAX_TARGET_TOKENS);
    expect(batch.tokens).toEqual(atOnce.written);
  });
});
