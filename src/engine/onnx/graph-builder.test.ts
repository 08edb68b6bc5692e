import { describe, expect, it } from 'vitest';
import { GraphBuilder } from './graph-builder';

describe('GraphBuilder', () => {
  it('rejects a node input that is not defined yet', () => {
    const graph = new GraphBuilder('wasm');
    graph.addInput('x', [2]);
    expect(() => graph.node('Add', ['x', 'y'])).toThrow(/undefined value "y"/);
  });

  it('accepts inputs, initializers, earlier outputs and omitted optional inputs', () => {
    const graph = new GraphBuilder('wasm');
    const x = graph.addInput('x', ['batch', 2]);
    const y = graph.node('Add', [x, graph.constantFloat([1, 2], [2])]);
    const z = graph.node('Clip', [...y, '', graph.constantFloat([3], [])]);
    graph.addOutput(z.join());
    expect(graph.build().length).toBeGreaterThan(0);
  });

  it('rejects an output that is never produced', () => {
    const graph = new GraphBuilder('wasm');
    graph.addInput('x', [2]);
    graph.addOutput('missing', [2]);
    expect(() => graph.build()).toThrow(/"missing" is never produced/);
  });

  it('rejects duplicate value names and mis-sized constants', () => {
    const graph = new GraphBuilder('wasm');
    graph.addInput('x', [2]);
    expect(() => graph.addInput('x', [2])).toThrow(/defined twice/);
    expect(() => graph.constantInt64([1, 2, 3], [2])).toThrow(/needs 2 values, got 3/);
  });

  it('never hands out a generated name that a caller already chose', () => {
    const graph = new GraphBuilder('webgl');
    graph.addInput('relu0', [1]);
    expect(graph.node('Relu', ['relu0'])).toEqual(['relu1']);
    expect(graph.node('Split', ['relu1'], { axis: { int: 0 } }, 2)).toEqual(['split2', 'split3']);
  });
});
