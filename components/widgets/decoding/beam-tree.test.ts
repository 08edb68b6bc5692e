import { describe, expect, it } from 'vitest';
import type { BeamNode } from '../../../src/translation/beam-search';
import { countStatuses, layoutBeamTree, TREE_SPACING } from './beam-tree';

const node = (
  id: number,
  parent: number | null,
  depth: number,
  logProbability: number,
  status: BeamNode['status'],
): BeamNode => ({ id, parent, token: 10 + id, depth, logProbability, score: 0, status });

// <bos> → a (kept), b (kept), c (pruned); a → d (finished), e (pruned); b → f (pruned)
const nodes = [
  node(0, null, 0, 0, 'kept'),
  node(1, 0, 1, -0.1, 'kept'),
  node(2, 0, 1, -0.5, 'kept'),
  node(3, 0, 1, -2, 'pruned'),
  node(4, 1, 2, -0.2, 'finished'),
  node(5, 1, 2, -3, 'pruned'),
  node(6, 2, 2, -1, 'pruned'),
];

describe('layoutBeamTree', () => {
  it('puts each depth in a column, survivors above the pruned, best first', () => {
    const layout = layoutBeamTree(nodes, 4, 8);
    const at = (id: number) => layout.nodes.find((n) => n.id === id)!;
    expect(at(0).x).toBe(TREE_SPACING.margin);
    expect(at(1).x).toBe(at(2).x);
    expect(at(4).x - at(1).x).toBe(TREE_SPACING.column);
    expect([at(1).y, at(2).y, at(3).y]).toEqual([0, 1, 2].map((i) => 12 + i * 22));
    expect(at(4).y).toBeLessThan(at(6).y);
    expect(at(6).y).toBeLessThan(at(5).y);
    expect(layout.edges).toHaveLength(6);
    expect(layout.hidden).toBe(0);
    for (const n of layout.nodes) {
      expect(n.x).toBeLessThan(layout.width);
      expect(n.y).toBeLessThan(layout.height);
    }
  });

  it('marks the winning path', () => {
    const layout = layoutBeamTree(nodes, 4, 8);
    expect(layout.nodes.filter((n) => n.best).map((n) => n.id)).toEqual([0, 1, 4]);
  });

  it('leaves out pruned candidates beyond the limit and counts them', () => {
    const layout = layoutBeamTree(nodes, 4, 1);
    expect(layout.hidden).toBe(1);
    expect(layout.nodes.map((n) => n.id)).not.toContain(5);
  });

  it('counts the statuses', () => {
    expect(countStatuses(nodes)).toEqual({ kept: 3, pruned: 3, finished: 1 });
  });
});
