import { afterAll, describe, expect, it } from 'vitest';
import { createOrtSession } from '../runtime/ort-session';
import { fromNested, tensor } from './create';
import { EngineError } from './errors';
import * as ops from './index';
import { causalMask } from './masks';
import { opRegistry } from './registry';
import type { Tensor } from './tensor';
import { compileTrace, WEBGL_OPS } from './testing/compileTrace';
import { random, randomAwayFromZero } from './testing/random';
import { input, traced } from './trace';

const ortOptions = { wasmPaths: new URL('./', import.meta.resolve('onnxruntime-web/wasm')).href };

type Case = readonly [string, (...inputs: Tensor[]) => Tensor, Tensor[]];
const ties = fromNested([
  [1, 3, 3, 0],
  [-1e9, -1e9, -1e9, -1e9],
  [0.5, 0.25, 0.75, 0.75],
]);
const cases: Case[] = [
  ['add', ops.add, [random([3, 4]), random([4])]],
  ['sub', ops.sub, [random([3, 4]), random([3, 1])]],
  ['mul', ops.mul, [random([2, 3]), random([])]],
  ['div', ops.div, [random([2, 3]), randomAwayFromZero([3], 0.5)]],
  ['scale', (x) => ops.scale(x!, 2.5), [random([2, 3])]],
  ['matmul', ops.matmul, [random([2, 5, 3]), random([3, 6])]],
  ['affine', ops.affine, [random([4, 3]), random([3, 5]), random([5])]],
  ['transpose', (x) => ops.transpose(x!, [2, 0, 1]), [random([2, 3, 4])]],
  ['reshape', (x) => ops.reshape(x!, [3, -1]), [random([2, 6])]],
  ['concat', (a, b) => ops.concat([a!, b!], 1), [random([2, 3]), random([2, 2])]],
  ['slice', (x) => ops.slice(x!, 1, 1, 4), [random([3, 5])]],
  ['splitHeads', (x) => ops.splitHeads(x!, 2), [random([2, 3, 4])]],
  ['mergeHeads', ops.mergeHeads, [random([2, 2, 3, 2])]],
  ['gather', ops.gather, [random([5, 3]), tensor([3, 0, 3, 1], [4])]],
  ['softmax', (x) => ops.softmax(x!, 0), [random([3, 4])]],
  ['mask', (x) => ops.mask(x!, causalMask(3)), [random([2, 3, 3])]],
  ['layerNorm', (x, g, b) => ops.layerNorm(x!, g!, b!), [random([3, 5]), random([5]), random([5])]],
  ['relu', ops.relu, [random([3, 4])]],
  ['gelu', ops.gelu, [random([3, 4], 3)]],
  ['tanh', ops.tanh, [random([3, 4])]],
  ['sigmoid', ops.sigmoid, [random([3, 4], 3)]],
  ['exp', ops.exp, [random([3, 4])]],
  ['log', ops.log, [randomAwayFromZero([3, 4], 0.5, true)]],
  ['sum', (x) => ops.sum(x!, 1, true), [random([3, 4])]],
  ['sum (all)', (x) => ops.sum(x!), [random([3, 4])]],
  ['mean', (x) => ops.mean(x!, 0), [random([3, 4])]],
  [
    'crossEntropy',
    (l, t) => ops.crossEntropy(l!, t!, { smoothing: 0.1 }),
    [random([4, 5], 2), tensor([2, -100, 4, 0], [4])],
  ],
  [
    'crossEntropy (pad id 0)',
    (l, t) => ops.crossEntropy(l!, t!, { ignoreIndex: 0 }),
    [random([4, 5]), tensor([2, 0, 4, 0], [4])],
  ],
  ['argmax (ties, masked row)', ops.argmax, [ties]],
  ['argmax', ops.argmax, [random([2, 3, 7])]],
  ['topk', (x) => ops.topk(x!, 3).values, [ties]],
  ['topk indices', (x) => ops.topk(x!, 3).indices, [ties]],
  [
    'attention',
    (q, k, v) => ops.attentionForward(q!, k!, v!, { mask: causalMask(3) }),
    [random([2, 3, 4]), random([2, 3, 4]), random([2, 3, 2])],
  ],
];

/** Traces a case with its tensors as named graph inputs. */
const traceCase = ([, f, tensors]: Case) =>
  traced(() => f(...tensors.map((t, i) => input(t, `x${i}`))));

describe.each(['wasm', 'webgl'] as const)(
  'ONNX lowering for %s, run on ORT (wasm EP)',
  (target) => {
    const runnable = cases.filter(([name]) => target !== 'webgl' || !name.startsWith('topk'));
    const releases: (() => Promise<void>)[] = [];
    afterAll(async () => Promise.all(releases.map((release) => release())));

    it.each(runnable)(
      '%s matches the engine kernel',
      async (...testCase) => {
        const { result, trace } = traceCase(testCase);
        const { model, opTypes } = compileTrace(trace, result, target);
        if (target === 'webgl') expect([...opTypes].filter((op) => !WEBGL_OPS.has(op))).toEqual([]);
        const runner = await createOrtSession(model, 'wasm', ortOptions);
        releases.push(() => runner.release());
        const feeds = Object.fromEntries(
          trace.inputs.map(({ name, tensor: t }) => [name, { data: t.data, shape: t.shape }]),
        );
        const actual = Object.values(await runner.run(feeds))[0]!;
        expect(actual.shape).toEqual(result.shape);
        result.data.forEach((v, i) =>
          expect(Math.abs(actual.data[i]! - v)).toBeLessThanOrEqual(
            1e-5 * Math.max(1, Math.abs(v)),
          ),
        );
      },
      60_000,
    );
  },
);

describe('lowering coverage', () => {
  it('has a case for every op in the registry', () => {
    const lowered = new Set(cases.flatMap((c) => traceCase(c).trace.steps.map((s) => s.op)));
    expect([...opRegistry.keys()].filter((name) => !lowered.has(name))).toEqual([]);
  });

  it('refuses TopK for WebGL with a typed error', () => {
    const { result, trace } = traceCase(cases.find(([name]) => name === 'topk')!);
    expect(() => compileTrace(trace, result, 'webgl')).toThrow(
      expect.objectContaining({ code: 'no-onnx', op: 'topk' }),
    );
    expect(() => compileTrace(trace, result, 'webgl')).toThrow(EngineError);
  });
});
