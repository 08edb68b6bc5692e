import type { LossPoint } from './train-state.svelte';
import type { ChartFrame } from '../shared/chart-frame';

/** Maps steps and losses to SVG coordinates; the axes start at 0. */
export interface ChartScale {
  readonly maxStep: number;
  readonly maxLoss: number;
  readonly x: (step: number) => number;
  readonly y: (loss: number) => number;
}

/** A scale fitting every step and every finite loss of the curves (at least 10 steps and a loss of 1). */
export function chartScale(
  curves: readonly (readonly LossPoint[])[],
  frame: ChartFrame,
): ChartScale {
  const points = curves.flat();
  const maxStep = Math.max(10, ...points.map((p) => p.step));
  const maxLoss = Math.max(1, ...points.filter((p) => Number.isFinite(p.loss)).map((p) => p.loss));
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  return {
    maxStep,
    maxLoss,
    x: (step) => frame.left + (step / maxStep) * plotWidth,
    y: (loss) => frame.top + (1 - Math.min(loss, maxLoss) / maxLoss) * plotHeight,
  };
}

/** The `points` attribute of a polyline through the finite points of a curve. */
export function polyline(points: readonly LossPoint[], scale: ChartScale): string {
  return points
    .filter((p) => Number.isFinite(p.loss))
    .map((p) => `${scale.x(p.step).toFixed(1)},${scale.y(p.loss).toFixed(1)}`)
    .join(' ');
}

/** Up to five round tick values from 0 to `max`. */
export function ticks(max: number): number[] {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  return Array.from({ length: Math.floor(max / step + 1e-9) + 1 }, (_, i) => i * step);
}
