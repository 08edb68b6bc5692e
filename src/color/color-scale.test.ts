import { describe, expect, it } from 'vitest';
import { colorFor, textColorOn } from './color-scale';

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const rgb = hex.startsWith('#')
      ? [1, 3, 5].map((i) =>
          parseInt(hex.length === 4 ? hex[1]!.repeat(2) : hex.slice(i, i + 2), 16),
        )
      : hex.match(/\d+/g)!.map(Number);
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('colour scales', () => {
  it('maps the ends of the sequential scale to viridis purple and yellow', () => {
    expect(colorFor(0, 'sequential', 0, 1)).toBe('#440154');
    expect(colorFor(1, 'sequential', 0, 1)).toBe('#fde725');
  });

  it('centres the diverging scale on zero: negative blue, positive red', () => {
    const channels = (color: string) => color.match(/\d+/g)!.map(Number);
    expect(colorFor(0, 'diverging', -3, 1)).toBe(colorFor(0, 'diverging', -1, 1));
    const [r1, , b1] = channels(colorFor(-3, 'diverging', -3, 1));
    const [r2, , b2] = channels(colorFor(3, 'diverging', -3, 3));
    expect(b1!).toBeGreaterThan(r1!);
    expect(r2!).toBeGreaterThan(b2!);
  });

  it('chooses a text colour with at least 4.5:1 contrast on every colour of both scales', () => {
    for (let i = 0; i <= 100; i++) {
      for (const kind of ['sequential', 'diverging'] as const) {
        const background = colorFor(
          kind === 'sequential' ? i / 100 : i / 50 - 1,
          kind,
          kind === 'sequential' ? 0 : -1,
          1,
        );
        expect(contrast(background, textColorOn(background))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
