import type { Tensor } from '../engine';
import type { HeadRole } from '../models/attention-hooks';
import type { HeadRef, SiteRef } from '../models/interventions';

// A second, independent Transformer for tests: plain float64 arrays, parameters read by name,
// one position at a time with a key/value cache, as the paper writes it. It shares no code with
// src/models, so agreeing with it checks the model's attention sites, not a copy of them.

type Matrix = number[][];

/** One attention site as the plain model computed it, per head. */
export interface PlainSite {
  readonly queries: Matrix[];
  readonly keys: Matrix[];
  readonly values: Matrix[];
  readonly weights: Matrix[];
}

/** Heads to switch off, and a function that may replace one head's rows at one site. */
export interface PlainEdits {
  readonly headsOff?: readonly HeadRef[];
  readonly edit?: (site: SiteRef, role: HeadRole, head: number, rows: Matrix) => Matrix;
}

/** The plain model's sizes. */
export interface PlainConfig {
  readonly dModel: number;
  readonly heads: number;
  readonly layers: number;
}

const matmul = (x: Matrix, w: Matrix): Matrix =>
  x.map((row) => w[0]!.map((_, j) => row.reduce((sum, v, p) => sum + v * w[p]![j]!, 0)));

const addRows = (a: Matrix, b: Matrix): Matrix =>
  a.map((row, i) => row.map((v, j) => v + b[i]![j]!));

function softmax(row: number[]): number[] {
  const max = Math.max(...row);
  const exps = row.map((v) => Math.exp(v - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / total);
}

/** A plain Transformer over `params`, the model's parameter map. */
export function plainTransformer(
  params: Map<string, Tensor>,
  { dModel, heads, layers }: PlainConfig,
) {
  const dk = dModel / heads;
  const matrices = new Map<string, Matrix>();
  const matrix = (name: string): Matrix => {
    const t = params.get(name);
    if (!t) throw new Error(`no parameter ${name}`);
    const columns = t.shape.at(-1)!;
    if (!matrices.has(name))
      matrices.set(
        name,
        Array.from({ length: t.size / columns }, (_, r) => [
          ...t.data.subarray(r * columns, (r + 1) * columns),
        ]),
      );
    return matrices.get(name)!;
  };
  const linear = (x: Matrix, name: string) => {
    const bias = matrix(`${name}.b`)[0]!;
    return matmul(x, matrix(`${name}.W`)).map((row) => row.map((v, j) => v + bias[j]!));
  };
  const split = (x: Matrix): Matrix[] =>
    Array.from({ length: heads }, (_, h) => x.map((row) => row.slice(h * dk, (h + 1) * dk)));
  const layerNorm = (x: Matrix, name: string): Matrix => {
    const [gain, shift] = [matrix(`${name}.gain`)[0]!, matrix(`${name}.shift`)[0]!];
    return x.map((row) => {
      const mean = row.reduce((a, b) => a + b, 0) / dModel;
      const variance = row.reduce((a, b) => a + (b - mean) ** 2, 0) / dModel;
      return row.map((v, j) => ((v - mean) / Math.sqrt(variance + 1e-5)) * gain[j]! + shift[j]!);
    });
  };
  const feedForward = (x: Matrix, name: string) =>
    linear(
      linear(x, `${name}.inner`).map((row) => row.map((v) => Math.max(0, v))),
      `${name}.outer`,
    );
  const embed = (table: string, token: number, position: number) =>
    matrix(table)[token]!.map((v, i) => {
      const angle = position / 10000 ** ((2 * Math.floor(i / 2)) / dModel);
      return v * Math.sqrt(dModel) + (i % 2 === 0 ? Math.sin(angle) : Math.cos(angle));
    });

  /** Multi-head attention with edits: Q from `x`, K and V given per head; returns output and site. */
  function attend(
    edits: PlainEdits,
    site: SiteRef,
    name: string,
    queries: Matrix[],
    keys: Matrix[],
    values: Matrix[],
  ): { output: Matrix; site: PlainSite } {
    const edit = (role: HeadRole, rows: Matrix[]) =>
      rows.map((r, h) => (edits.edit ? edits.edit(site, role, h, r) : r));
    const [q, k, v] = [edit('query', queries), edit('key', keys), edit('value', values)];
    const weights = q.map((qh, h) =>
      qh.map((row) =>
        softmax(k[h]!.map((key) => row.reduce((s, x, j) => s + x * key[j]!, 0) / Math.sqrt(dk))),
      ),
    );
    const off = (h: number) =>
      (edits.headsOff ?? []).some(
        (ref) => ref.kind === site.kind && ref.layer === site.layer && ref.head === h,
      );
    const headOutputs = weights.map((w, h) =>
      off(h) ? w.map(() => Array(dk).fill(0)) : matmul(w, v[h]!),
    );
    const concatenated = headOutputs[0]!.map((_, i) => headOutputs.flatMap((o) => o[i]!));
    return {
      output: linear(concatenated, `${name}.output`),
      site: { queries: q, keys: k, values: v, weights },
    };
  }

  return {
    /** The encoder over `src`: its output and each layer's self-attention site. */
    encode(src: readonly number[], edits: PlainEdits = {}) {
      let x = src.map((token, position) => embed('encoder.embedding', token, position));
      const sites: PlainSite[] = [];
      for (let layer = 0; layer < layers; layer++) {
        const name = `encoder.${layer}`;
        const project = (role: string) => split(linear(x, `${name}.self.${role}`));
        const site: SiteRef = { kind: 'encoder-self', layer };
        const a = attend(
          edits,
          site,
          `${name}.self`,
          project('query'),
          project('key'),
          project('value'),
        );
        sites.push(a.site);
        const h = layerNorm(addRows(x, a.output), `${name}.norm1`);
        x = layerNorm(addRows(h, feedForward(h, `${name}.ffn`)), `${name}.norm2`);
      }
      return { memory: x, sites };
    },

    /** A decoder over `memory` fed one token per call; each call is the next target step. */
    decoder(memory: Matrix, edits: PlainEdits = {}) {
      const caches = Array.from({ length: layers }, () => ({
        keys: Array.from({ length: heads }, (): Matrix => []),
        values: Array.from({ length: heads }, (): Matrix => []),
      }));
      let step = 0;
      return (token: number) => {
        let y = [embed('decoder.embedding', token, step)];
        const self: PlainSite[] = [];
        const cross: PlainSite[] = [];
        for (let layer = 0; layer < layers; layer++) {
          const name = `decoder.${layer}`;
          const cache = caches[layer]!;
          const selfSite: SiteRef = { kind: 'decoder-self', layer, step };
          for (const role of ['key', 'value'] as const) {
            const rows = split(linear(y, `${name}.self.${role}`));
            const cached = role === 'key' ? cache.keys : cache.values;
            // The cache keeps what this step used, an edit included.
            cached.forEach((c, h) => {
              c.push(rows[h]![0]!);
              const edited = edits.edit ? edits.edit(selfSite, role, h, c) : c;
              c.splice(0, c.length, ...edited);
            });
          }
          const queryOnly: PlainEdits['edit'] = (site, role, h, rows) =>
            role === 'query' && edits.edit ? edits.edit(site, role, h, rows) : rows;
          const s = attend(
            { ...edits, edit: queryOnly },
            selfSite,
            `${name}.self`,
            split(linear(y, `${name}.self.query`)),
            cache.keys,
            cache.values,
          );
          self.push(s.site);
          const h1 = layerNorm(addRows(y, s.output), `${name}.norm1`);
          const c = attend(
            edits,
            { kind: 'cross', layer, step },
            `${name}.cross`,
            split(linear(h1, `${name}.cross.query`)),
            split(linear(memory, `${name}.cross.key`)),
            split(linear(memory, `${name}.cross.value`)),
          );
          cross.push(c.site);
          const h2 = layerNorm(addRows(h1, c.output), `${name}.norm2`);
          y = layerNorm(addRows(h2, feedForward(h2, `${name}.ffn`)), `${name}.norm3`);
        }
        step++;
        return { logits: linear(y, 'decoder.output')[0]!, self, cross };
      };
    },
  };
}
