import { rdBu, viridis } from './color-ramps';

/** Sequential for non-negative quantities (weights, probabilities); diverging for signed ones. */
export type ScaleKind = 'sequential' | 'diverging';

/** The colour of `value` on a colour-blind-safe scale over `[min, max]` (diverging: centred on 0). */
export function colorFor(value: number, kind: ScaleKind, min: number, max: number): string {
  if (kind === 'diverging') {
    const extent = Math.max(Math.abs(min), Math.abs(max)) || 1;
    // RdBu runs from red (0) to blue (1): negative values are blue, positive values red.
    return rdBu(0.5 - value / (2 * extent));
  }
  const t = max > min ? (value - min) / (max - min) : 0.5;
  return viridis(Math.min(1, Math.max(0, t)));
}

/** Black or white, whichever contrasts more with the CSS colour `background` (`rgb(...)` or `#rrggbb`). */
export function textColorOn(background: string): '#000' | '#fff' {
  const luminance = relativeLuminance(parseColor(background));
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000' : '#fff';
}

function parseColor(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`Unsupported colour "${color}"`);
}

function relativeLuminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
