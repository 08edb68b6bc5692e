import { describe, expect, it } from 'vitest';
import { chartScale, polyline, ticks } from './loss-chart';

const frame = { width: 200, height: 100, left: 20, right: 0, top: 0, bottom: 20 };

describe('loss chart', () => {
  it('fits the curves from 0 and skips non-finite losses', () => {
    const scale = chartScale(
      [
        [
          { step: 5, loss: 4 },
          { step: 50, loss: 2 },
        ],
        [{ step: 100, loss: Number.NaN }],
      ],
      frame,
    );
    expect([scale.maxStep, scale.maxLoss]).toEqual([100, 4]);
    expect([scale.x(0), scale.x(100), scale.y(0), scale.y(4)]).toEqual([20, 200, 80, 0]);
    expect(
      polyline(
        [
          { step: 50, loss: 2 },
          { step: 60, loss: Number.POSITIVE_INFINITY },
        ],
        scale,
      ),
    ).toBe('110.0,40.0');
  });

  it('picks round ticks up to the maximum', () => {
    expect(ticks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(ticks(5.3)).toEqual([0, 2, 4]);
    expect(ticks(100)).toEqual([0, 25, 50, 75, 100]);
  });
});
