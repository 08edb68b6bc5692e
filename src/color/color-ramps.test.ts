import { interpolateRdBu, interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { rdBu, viridis } from './color-ramps';

// d3-scale-chromatic, a development dependency, is the reference the two scales are checked against.
const samples = [-0.5, ...Array.from({ length: 2001 }, (_, i) => i / 2000), 1.5];

describe('colour ramps', () => {
  it('gives the colours of d3-scale-chromatic’s viridis', () => {
    for (const t of samples) expect(viridis(t), `t = ${t}`).toBe(interpolateViridis(t));
  });

  it('gives the colours of d3-scale-chromatic’s RdBu', () => {
    for (const t of samples) expect(rdBu(t), `t = ${t}`).toBe(interpolateRdBu(t));
  });
});
