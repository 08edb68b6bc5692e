import { describe, expect, it } from 'vitest';
import { tensor } from '../engine';
import { createOutputLayer, outputLogits } from './output-layer';
import { ParameterSet } from './parameter-set';

const features = [
  [0.5, -1, 2],
  [0, 0.25, -0.75],
];

/** x·W + b for one row, W [in, out] row-major, in float64. */
const affineRow = (x: number[], w: Float32Array, b: Float32Array) =>
  Array.from(b, (bias, j) => x.reduce((sum, xi, i) => sum + xi * w[i * b.length + j]!, bias));

describe('output layer', () => {
  it('is one projection to the vocabulary without a hidden size', () => {
    const params = new ParameterSet(5);
    const layer = createOutputLayer(params, 3, 4);
    expect([...params.tensors.keys()]).toEqual(['decoder.output.W', 'decoder.output.b']);
    const logits = outputLogits(layer, tensor(features.flat(), [2, 3]));
    const { weight, bias } = layer.projection;
    const expected = features.flatMap((row) => affineRow(row, weight.data, bias.data));
    expect(logits.shape).toEqual([2, 4]);
    logits.data.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });

  it('puts a tanh layer of the hidden size before the projection when deep', () => {
    const params = new ParameterSet(5);
    const layer = createOutputLayer(params, 3, 4, 2);
    layer.deep!.bias.data.set([0.3, -0.1]);
    layer.projection.bias.data.set([0.1, -0.2, 0.3, 0.05]);
    expect(params.tensors.get('decoder.deep.W')!.shape).toEqual([3, 2]);
    expect(params.tensors.get('decoder.output.W')!.shape).toEqual([2, 4]);
    const logits = outputLogits(layer, tensor(features.flat(), [2, 3]));
    const { deep, projection } = layer;
    const expected = features.flatMap((row) => {
      const hidden = affineRow(row, deep!.weight.data, deep!.bias.data).map(Math.tanh);
      return affineRow(hidden, projection.weight.data, projection.bias.data);
    });
    logits.data.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });
});
