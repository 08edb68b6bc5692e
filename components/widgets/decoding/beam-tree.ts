import type { BeamNode, BeamStatus } from '../../../src/translation/beam-search';

/** A node of the drawn beam tree, placed in its depth's column. */
export interface PlacedNode {
  readonly id: number;
  readonly parent: number | null;
  readonly token: number;
  readonly depth: number;
  readonly status: BeamStatus;
  readonly logProbability: number;
  /** On the winning path. */
  readonly best: boolean;
  readonly x: number;
  readonly y: number;
}

/** The beam tree laid out in columns by depth, pruned candidates after the surviving ones. */
export interface BeamLayout {
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly { readonly from: PlacedNode; readonly to: PlacedNode }[];
  readonly width: number;
  readonly height: number;
  /** Pruned candidates left out to keep the drawing readable. */
  readonly hidden: number;
}

/** Spacing of the drawing, in SVG units. */
export const TREE_SPACING = { column: 72, row: 22, margin: 12 } as const;

/**
 * Lays out a beam tree: one column per depth; in each column the kept and finished hypotheses
 * first, then at most `prunedPerDepth` of the best pruned ones, each group by log-probability.
 */
export function layoutBeamTree(
  nodes: readonly BeamNode[],
  best: number,
  prunedPerDepth: number,
): BeamLayout {
  const onPath = new Set<number>();
  for (
    let n: BeamNode | undefined = nodes[best];
    n;
    n = n.parent === null ? undefined : nodes[n.parent]
  )
    onPath.add(n.id);
  const byDepth = new Map<number, BeamNode[]>();
  for (const node of nodes) byDepth.set(node.depth, [...(byDepth.get(node.depth) ?? []), node]);
  const placed = new Map<number, PlacedNode>();
  let hidden = 0;
  let rows = 0;
  const { column, row, margin } = TREE_SPACING;
  for (const [depth, column_] of [...byDepth.entries()].sort((a, b) => a[0] - b[0])) {
    const rank = (a: BeamNode, b: BeamNode) => b.logProbability - a.logProbability || a.id - b.id;
    const alive = column_.filter((n) => n.status !== 'pruned').sort(rank);
    const pruned = column_.filter((n) => n.status === 'pruned').sort(rank);
    const shownPruned = pruned.filter((n) => placed.has(n.parent!)).slice(0, prunedPerDepth);
    hidden += pruned.length - shownPruned.length;
    const shown = [
      ...alive.filter((n) => n.parent === null || placed.has(n.parent)),
      ...shownPruned,
    ];
    shown.forEach((node, i) =>
      placed.set(node.id, {
        id: node.id,
        parent: node.parent,
        token: node.token,
        depth,
        status: node.status,
        logProbability: node.logProbability,
        best: onPath.has(node.id),
        x: margin + depth * column,
        y: margin + i * row,
      }),
    );
    rows = Math.max(rows, shown.length);
  }
  const list = [...placed.values()];
  const edges = list.flatMap((to) =>
    to.parent === null ? [] : [{ from: placed.get(to.parent)!, to }],
  );
  const depths = Math.max(0, ...list.map((n) => n.depth));
  return {
    nodes: list,
    edges,
    width: 2 * margin + depths * column + column,
    height: 2 * margin + Math.max(0, rows - 1) * row + row,
    hidden,
  };
}

/** How many nodes of the tree have each status. */
export function countStatuses(nodes: readonly BeamNode[]): Record<BeamStatus, number> {
  const counts: Record<BeamStatus, number> = { kept: 0, pruned: 0, finished: 0 };
  for (const node of nodes) counts[node.status]++;
  return counts;
}
