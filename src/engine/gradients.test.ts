import { describe, expect, it } from 'vitest';
import { causalMask } from './masks';
import { add } from './ops/add';
import { concat } from './ops/concat';
import { crossEntropy } from './ops/crossEntropy';
import { div } from './ops/div';
import { exp } from './ops/exp';
import { gather } from './ops/gather';
import { gelu } from './ops/gelu';
import { layerNorm } from './ops/layerNorm';
import { log } from './ops/log';
import { mask } from './ops/mask';
import { matmul } from './ops/matmul';
import { affine } from './ops/affine';
import { mean } from './ops/mean';
import { mergeHeads } from './ops/mergeHeads';
import { mul } from './ops/mul';
import { relu } from './ops/relu';
import { reshape } from './ops/reshape';
import { scale } from './ops/scale';
import { sigmoid } from './ops/sigmoid';
import { slice } from './ops/slice';
import { softmax } from './ops/softmax';
import { splitHeads } from './ops/splitHeads';
import { sub } from './ops/sub';
import { sum } from './ops/sum';
import { tanh } from './ops/tanh';
import { transpose } from './ops/transpose';
import { opRegistry } from './registry';
import { tensor } from './create';
import type { Tensor } from './tensor';
import { gradCheck } from './testing/gradcheck';
import { random, randomAwayFromZero } from './testing/random';

interface Case {
  readonly op: string;
  readonly name: string;
  readonly f: (...inputs: Tensor[]) => Tensor;
  readonly inputs: Tensor[];
  readonly differentiable?: boolean[];
}

const ids = tensor([3, 0, 3, 1], [4]);
const targets = tensor([2, -100, 4, 0], [4]);

const cases: Case[] = [
  { op: 'add', name: 'row bias', f: add, inputs: [random([3, 4]), random([4])] },
  { op: 'add', name: 'both broadcast', f: add, inputs: [random([2, 1, 4]), random([3, 1])] },
  { op: 'sub', name: 'column broadcast', f: sub, inputs: [random([3, 4]), random([3, 1])] },
  { op: 'mul', name: 'same shape', f: mul, inputs: [random([2, 3]), random([2, 3])] },
  { op: 'mul', name: 'scalar', f: mul, inputs: [random([2, 3]), random([])] },
  { op: 'div', name: 'broadcast', f: div, inputs: [random([2, 3]), randomAwayFromZero([3], 0.5)] },
  { op: 'scale', name: 'by 2.5', f: (x) => scale(x, 2.5), inputs: [random([2, 3])] },
  { op: 'matmul', name: 'plain', f: matmul, inputs: [random([3, 5]), random([5, 2])] },
  { op: 'matmul', name: 'batched', f: matmul, inputs: [random([2, 5, 3]), random([3, 6])] },
  {
    op: 'affine',
    name: 'xW + b',
    f: affine,
    inputs: [random([4, 3]), random([3, 5]), random([5])],
  },
  {
    op: 'transpose',
    name: '3-d perm',
    f: (x) => transpose(x, [2, 0, 1]),
    inputs: [random([2, 3, 4])],
  },
  { op: 'reshape', name: 'inferred dim', f: (x) => reshape(x, [3, -1]), inputs: [random([2, 6])] },
  {
    op: 'concat',
    name: 'axis 1',
    f: (a, b) => concat([a!, b!], 1),
    inputs: [random([2, 3]), random([2, 2])],
  },
  { op: 'slice', name: 'middle', f: (x) => slice(x, 1, 1, 4), inputs: [random([3, 5])] },
  { op: 'splitHeads', name: 'batched', f: (x) => splitHeads(x, 2), inputs: [random([2, 3, 4])] },
  { op: 'mergeHeads', name: 'unbatched', f: mergeHeads, inputs: [random([2, 3, 2])] },
  {
    op: 'gather',
    name: 'repeated ids',
    f: gather,
    inputs: [random([5, 3]), ids],
    differentiable: [true, false],
  },
  { op: 'softmax', name: 'last axis', f: (x) => softmax(x), inputs: [random([3, 4])] },
  { op: 'softmax', name: 'axis 0', f: (x) => softmax(x, 0), inputs: [random([3, 4])] },
  {
    op: 'mask',
    name: 'causal',
    f: (scores, allowed) => mask(scores!, allowed!),
    inputs: [random([2, 3, 3]), causalMask(3)],
    differentiable: [true, false],
  },
  {
    op: 'layerNorm',
    name: 'rows',
    f: (x, g, b) => layerNorm(x!, g!, b!),
    inputs: [random([3, 5]), random([5]), random([5])],
  },
  { op: 'relu', name: 'away from 0', f: relu, inputs: [randomAwayFromZero([3, 4], 0.1)] },
  { op: 'gelu', name: 'normal', f: gelu, inputs: [random([3, 4], 2)] },
  { op: 'tanh', name: 'normal', f: tanh, inputs: [random([3, 4])] },
  { op: 'sigmoid', name: 'normal', f: sigmoid, inputs: [random([3, 4], 2)] },
  { op: 'exp', name: 'normal', f: exp, inputs: [random([3, 4])] },
  { op: 'log', name: 'positive', f: log, inputs: [randomAwayFromZero([3, 4], 0.5, true)] },
  { op: 'sum', name: 'axis 1 keepdims', f: (x) => sum(x, 1, true), inputs: [random([3, 4])] },
  { op: 'sum', name: 'all', f: (x) => sum(x), inputs: [random([3, 4])] },
  { op: 'mean', name: 'axis 0', f: (x) => mean(x, 0), inputs: [random([3, 4])] },
  { op: 'mean', name: 'all', f: (x) => mean(x), inputs: [random([2, 3])] },
  {
    op: 'crossEntropy',
    name: 'smoothing and ignore index',
    f: (logits, t) => crossEntropy(logits!, t!, { smoothing: 0.1 }),
    inputs: [random([4, 5], 2), targets],
    differentiable: [true, false],
  },
];

describe('gradients match central finite differences', () => {
  it.each(cases)('$op ($name)', ({ f, inputs, differentiable }) => {
    const options = differentiable ? { differentiable } : {};
    expect(gradCheck(f, inputs, options)).toEqual([]);
  });

  it('covers every differentiable op in the registry', () => {
    const differentiable = [...opRegistry.values()]
      .filter((op) => op.backward)
      .map((op) => op.name);
    const checked = new Set(cases.map((c) => c.op));
    expect(differentiable.filter((name) => !checked.has(name))).toEqual([]);
  });
});
