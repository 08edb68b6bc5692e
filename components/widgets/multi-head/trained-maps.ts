import type { AttentionKind } from '../../../src/models/attention-hooks';
import type { IntervenedRun } from '../../../src/translation/intervened-decoding';

/** One head's attention weights as a heatmap draws them. */
export interface HeadMap {
  readonly data: Float32Array;
  readonly rows: number;
  readonly columns: number;
  /** Cells after a decoder position, which its masked self-attention cannot see, by flat index. */
  readonly dimmed: ReadonlySet<number>;
}

/**
 * Each head's weights at attention `kind` in 0-based `layer` of a translation: a row per source
 * token for the encoder, a row per decoding step for the decoder.
 */
export function headMaps(run: IntervenedRun, kind: AttentionKind, layer: number): HeadMap[] {
  const sites =
    kind === 'encoder-self'
      ? [run.capture({ kind, layer })!]
      : run.decoding.steps.map((_, step) => run.capture({ kind, layer, step })!);
  return (sites[0] ?? []).map((_, head) => {
    const rows = sites.flatMap((site) => site[head]!.weights);
    const columns = Math.max(...rows.map((row) => row.length));
    const data = new Float32Array(rows.length * columns);
    const dimmed = new Set<number>();
    rows.forEach((row, r) => {
      data.set(row, r * columns);
      for (let c = row.length; c < columns; c++) dimmed.add(r * columns + c);
    });
    return { data, rows: rows.length, columns, dimmed };
  });
}
