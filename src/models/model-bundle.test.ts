import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MODEL_FILES } from './model-card';
import { modelFromBytes, modelFromBytesYielding } from './model-bundle';
import { createModel, MODEL_KINDS } from './model-spec';
import type { CheckpointMetadata } from './training-record';
import { decodeWeights, loadInto } from './weights-format';

const weightsOf = (kind: string) =>
  new Uint8Array(readFileSync(`public/models/${kind}/${MODEL_FILES.weights}`));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe.each(MODEL_KINDS)('the shipped %s model', (kind) => {
  const bytes = weightsOf(kind);
  const reference = modelFromBytes(bytes);

  it('is the same model built in short tasks as at once, and the build does pause', async () => {
    let pauses = 0;
    vi.stubGlobal('scheduler', {
      yield: () => {
        pauses += 1;
        return Promise.resolve();
      },
    });
    const built = await modelFromBytesYielding(bytes);
    expect(pauses).toBeGreaterThan(0);
    expect(built.spec).toEqual(reference.spec);
    expect(built.srcVocab.words).toEqual(reference.srcVocab.words);
    expect(built.tgtVocab.words).toEqual(reference.tgtVocab.words);
    const expected = reference.model.parameters();
    for (const [name, tensor] of built.model.parameters())
      expect(tensor.data, name).toEqual(expected.get(name)!.data);
  });

  it('has the weights a randomly initialised model gets once they are loaded', () => {
    const { tensors, metadata } = decodeWeights(bytes);
    const random = createModel((metadata as CheckpointMetadata).spec);
    loadInto(random.parameters(), tensors);
    const built = reference.model.parameters();
    expect([...built.keys()]).toEqual([...random.parameters().keys()]);
    for (const [name, tensor] of random.parameters())
      expect(built.get(name)!.data, name).toEqual(tensor.data);
  });
});

describe('createModel', () => {
  it("draws no random values with 'zeros', and the same ones as before by default", () => {
    const { spec } = modelFromBytes(weightsOf('gru'));
    const zeros = createModel(spec, 'zeros').parameters().get('encoder.embedding')!;
    expect(zeros.data.every((v) => v === 0)).toBe(true);
    const [a, b] = [createModel(spec), createModel(spec, 'random')];
    expect(a.parameters().get('encoder.embedding')!.data).toEqual(
      b.parameters().get('encoder.embedding')!.data,
    );
    expect(
      a
        .parameters()
        .get('encoder.embedding')!
        .data.some((v) => v !== 0),
    ).toBe(true);
  });
});
