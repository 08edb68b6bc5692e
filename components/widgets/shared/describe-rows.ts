/** Labels and formatting for a heatmap's text alternative. */
export interface DescribeOptions {
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** Words between the row and its top columns, e.g. "attends most to" / "最关注". */
  verb: string;
  /** Word joining the top two columns, e.g. "and" / "和". */
  and: string;
  digits?: number;
}

/**
 * Describes each row of a matrix by its two largest entries, e.g.
 * "'apple' attends most to 'apple' (0.61) and 'green' (0.22)". Rows are joined with "; ".
 */
export function describeRows(
  data: ArrayLike<number>,
  rows: number,
  columns: number,
  { rowLabels, columnLabels, verb, and, digits = 2 }: DescribeOptions,
): string {
  const sentences: string[] = [];
  for (let i = 0; i < rows; i++) {
    const order = Array.from({ length: columns }, (_, j) => j).sort(
      (a, b) => data[i * columns + b]! - data[i * columns + a]!,
    );
    const top = order
      .slice(0, 2)
      .map((j) => `'${columnLabels[j]}' (${data[i * columns + j]!.toFixed(digits)})`);
    sentences.push(`'${rowLabels[i]}' ${verb} ${top.join(` ${and} `)}`);
  }
  return sentences.join('; ');
}
