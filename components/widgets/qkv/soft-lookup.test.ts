import { describe, expect, it } from 'vitest';
import { clampCoordinate, lookupKeys, PLANE_EXTENT, rgbCss, softLookup } from './soft-lookup';

describe('softLookup', () => {
  it('gives weights that sum to 1 and a blend that is their average of the values', () => {
    const { weights, blend } = softLookup(0.3, -0.4, 1, 'dot');
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    for (let c = 0; c < 3; c++) {
      const expected = lookupKeys.reduce((sum, k, i) => sum + weights[i]! * k.value[c]!, 0);
      expect(blend[c]).toBeCloseTo(expected, 5);
    }
  });

  it('matches softmax of β q·k computed by hand', () => {
    const [qx, qy, beta] = [1, 0.5, 2];
    const scores = lookupKeys.map((k) => beta * (qx * k.x + qy * k.y));
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const total = exps.reduce((a, b) => a + b, 0);
    softLookup(qx, qy, beta, 'dot').weights.forEach((w, i) =>
      expect(w).toBeCloseTo(exps[i]! / total, 5),
    );
  });

  it('with the distance score, a query on a key picks that key', () => {
    const c = lookupKeys[2]!;
    const { weights, blend } = softLookup(c.x, c.y, 4, 'distance');
    expect(Math.max(...weights)).toBe(weights[2]);
    expect(weights[2]).toBeGreaterThan(0.99);
    blend.forEach((v, i) => expect(v).toBeCloseTo(c.value[i]!, 2));
  });

  it('at the centre every key is (nearly) equally far, so the weights are (nearly) uniform', () => {
    for (const kind of ['dot', 'distance'] as const) {
      for (const w of softLookup(0, 0, 1, kind).weights) expect(w).toBeCloseTo(0.2, 2);
    }
  });

  it('runs on the engine trace', () => {
    const labels = softLookup(1, 1, 1, 'distance').steps.map((s) => s.label);
    expect(labels).toContain('weights = softmax(β·scores)');
    expect(labels.at(-1)).toBe('blend = weights·V');
  });
});

describe('helpers', () => {
  it('clamps coordinates to the plane', () => {
    expect(clampCoordinate(10)).toBe(PLANE_EXTENT);
    expect(clampCoordinate(-10)).toBe(-PLANE_EXTENT);
    expect(clampCoordinate(0.123)).toBe(0.12);
  });

  it('writes colours as CSS', () => {
    expect(rgbCss([1, 0, 0.5])).toBe('rgb(255, 0, 128)');
  });
});
