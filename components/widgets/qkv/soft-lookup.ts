import { tensor } from '../../../src/engine/create';
import { matmul } from '../../../src/engine/ops/matmul';
import { scale } from '../../../src/engine/ops/scale';
import { softmax } from '../../../src/engine/ops/softmax';
import { sub } from '../../../src/engine/ops/sub';
import { transpose } from '../../../src/engine/ops/transpose';
import { input, label, traced, type TraceStep } from '../../../src/engine/trace';
import { colorFor } from '../../../src/color/color-scale';

/** Half the side of the square plane the query moves in. */
export const PLANE_EXTENT = 3;

/** How far one arrow-key press moves the query. */
export const KEY_STEP = 0.1;

/** One key of the lookup table: a name, a position on the plane, and a colour as its value. */
export interface LookupKey {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** The value: an RGB colour with channels in [0, 1]. */
  readonly value: readonly [number, number, number];
  /** The same colour as CSS. */
  readonly color: string;
}

/** How a query is compared with a key. */
export type ScoreKind = 'dot' | 'distance';

function hexToRgb(hex: string): [number, number, number] {
  const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16) / 255;
  return [channel(1), channel(3), channel(5)];
}

/** Five keys on a circle of radius 2, each valued by a colour of the shared viridis scale. */
export const lookupKeys: readonly LookupKey[] = ['A', 'B', 'C', 'D', 'E'].map((name, i) => {
  const angle = Math.PI / 2 + (2 * Math.PI * i) / 5;
  const color = colorFor(i / 4, 'sequential', 0, 1);
  return {
    name,
    x: Math.round(2 * Math.cos(angle) * 100) / 100,
    y: Math.round(2 * Math.sin(angle) * 100) / 100,
    value: hexToRgb(color),
    color,
  };
});

/** The weights over the keys and the blended value for one query. */
export interface LookupResult {
  readonly weights: readonly number[];
  /** The weighted average of the key colours, channels in [0, 1]. */
  readonly blend: readonly [number, number, number];
  readonly steps: readonly TraceStep[];
}

/** Keeps a query coordinate on the plane. */
export function clampCoordinate(value: number): number {
  return Math.min(PLANE_EXTENT, Math.max(-PLANE_EXTENT, Math.round(value * 100) / 100));
}

/**
 * Attention with one query over the keys, on the engine: scores q·kᵀ, or −‖q−k‖² (written as
 * 2q·k − ‖k‖², since the ‖q‖² term is the same for every key and softmax ignores it), times the
 * sharpness β, then softmax and the weighted sum of the values.
 */
export function softLookup(
  qx: number,
  qy: number,
  beta: number,
  kind: ScoreKind,
  keys: readonly LookupKey[] = lookupKeys,
): LookupResult {
  const { result, trace } = traced(() => {
    const q = input(tensor([qx, qy], [1, 2]), 'q');
    const K = input(
      tensor(
        keys.flatMap((k) => [k.x, k.y]),
        [keys.length, 2],
      ),
      'K',
    );
    const V = input(
      tensor(
        keys.flatMap((k) => k.value),
        [keys.length, 3],
      ),
      'V',
    );
    const dots = label(matmul(q, transpose(K)), 'dots', 'q·Kᵀ');
    const squaredNorms = tensor(
      keys.map((k) => k.x * k.x + k.y * k.y),
      [1, keys.length],
      '‖k‖²',
    );
    const scores =
      kind === 'dot' ? dots : label(sub(scale(dots, 2), squaredNorms), 'scores', '2q·k − ‖k‖²');
    const weights = label(softmax(scale(scores, beta), -1), 'weights', 'softmax(β·scores)');
    return label(matmul(weights, V), 'blend', 'weights·V');
  });
  const weights = trace.steps.find((s) => s.name === 'weights')!.output.data;
  const [r, g, b] = result.data;
  return { weights: Array.from(weights), blend: [r!, g!, b!], steps: trace.steps };
}

/** A [0, 1] RGB triple as a CSS colour. */
export function rgbCss([r, g, b]: readonly [number, number, number]): string {
  const byte = (c: number) => Math.round(Math.min(1, Math.max(0, c)) * 255);
  return `rgb(${byte(r)}, ${byte(g)}, ${byte(b)})`;
}
