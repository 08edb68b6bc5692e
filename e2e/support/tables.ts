import type { Locator } from '@playwright/test';

/** The full-precision values of a MatrixTable, row by row. */
export function readMatrix(table: Locator): Promise<number[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].map((cell) => Number(cell.dataset['value'])),
      ),
    );
}

/** Causal scaled dot-product attention, written out plainly as the tests' independent reference. */
export function causalAttention(q: number[][], k: number[][], v: number[][]): number[][] {
  const scale = 1 / Math.sqrt(q[0]!.length);
  return q.map((qi, i) => {
    const scores = k
      .slice(0, i + 1)
      .map((kj) => qi.reduce((sum, x, d) => sum + x * kj[d]!, 0) * scale);
    const max = Math.max(...scores);
    const exps = scores.map((s) => Math.exp(s - max));
    const total = exps.reduce((a, b) => a + b, 0);
    return v[0]!.map((_, c) => exps.reduce((sum, e, j) => sum + (e / total) * v[j]![c]!, 0));
  });
}
