/** A checked target: what it asks, whether it holds, and the numbers behind it. */
export interface Goal {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
}

/** Lays rows out as a plain-text table with a header rule; the first column is left-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, col) =>
    Math.max(title.length, ...rows.map((row) => row[col]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A goal as one line: PASS or MISS, then what it asks and the measured numbers. */
export function formatGoal(goal: Goal): string {
  return `${goal.pass ? 'PASS' : 'MISS'}  ${goal.name}: ${goal.detail}`;
}

/** A number with `digits` significant digits, for table cells. */
export function fmt(value: number, digits = 3): string {
  return value.toPrecision(digits);
}
