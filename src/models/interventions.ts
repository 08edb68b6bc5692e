import { Tensor } from '../engine';
import type { AttendedHeads, AttentionHooks, AttentionKind, HeadRole } from './attention-hooks';
import { MAX_TARGET_TOKENS } from './step-graphs';

/** One head (0-based) of the attention of `kind` in 0-based `layer`. */
export interface HeadRef {
  readonly kind: AttentionKind;
  readonly layer: number;
  readonly head: number;
}

/**
 * One attention site of a translation: its kind and 0-based layer, and for the decoder's sites
 * the 0-based target step (step 0 reads <bos> and writes the first word).
 */
export interface SiteRef {
  readonly kind: AttentionKind;
  readonly layer: number;
  readonly step?: number;
}

/**
 * New values for one head's queries, keys or values at one site, a row per position, in place of
 * what the model computes there. At a decoder step they replace that step's tensor only, except
 * the self-attention's keys and values: those rows are the key/value cache, and later steps read
 * the cache as the override left it.
 */
export interface TensorOverride extends SiteRef {
  readonly head: number;
  readonly role: HeadRole;
  /** As many rows as {@link siteRows} gives, each of d_k numbers. */
  readonly rows: readonly (readonly number[])[];
}

/** Changes to a Transformer's run, as plain data; none at all runs the model as trained. */
export interface Interventions {
  /** Heads whose output is zeroed before W_O, at every step. */
  readonly headsOff?: readonly HeadRef[];
  /** At most one per site, head and role. */
  readonly overrides?: readonly TensorOverride[];
}

/** The sizes interventions are checked against. */
export interface InterventionSizes {
  readonly layers: number;
  readonly heads: number;
  readonly dModel: number;
}

const KINDS: readonly AttentionKind[] = ['encoder-self', 'decoder-self', 'cross'];

/**
 * Rows of a site's `role` tensor for a source of `sourceLength` tokens: the encoder has a query,
 * key and value per source token; a decoder step has one query, and keys and values over the
 * source (cross) or over the target steps so far, its own included (self, from the cache).
 */
export function siteRows(site: SiteRef, role: HeadRole, sourceLength: number): number {
  if (site.kind === 'encoder-self') return sourceLength;
  if (role === 'query') return 1;
  return site.kind === 'cross' ? sourceLength : site.step! + 1;
}

function checkIndex(value: number, size: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value >= size)
    throw new RangeError(`${what} must be a whole number from 0 to ${size - 1}, not ${value}`);
}

function checkHead({ kind, layer, head }: HeadRef, { layers, heads }: InterventionSizes): void {
  if (!KINDS.includes(kind)) throw new RangeError(`unknown attention kind ${kind}`);
  checkIndex(layer, layers, 'the layer');
  checkIndex(head, heads, 'the head');
}

const sameSite = (a: SiteRef, b: SiteRef) =>
  a.kind === b.kind && a.layer === b.layer && a.step === b.step;

function checkOverride(override: TensorOverride, sizes: InterventionSizes, sourceLength: number) {
  checkHead(override, sizes);
  if (override.kind === 'encoder-self') {
    if (override.step !== undefined) throw new RangeError('the encoder has no target step');
  } else checkIndex(override.step ?? NaN, MAX_TARGET_TOKENS, 'the target step');
  if (!['query', 'key', 'value'].includes(override.role))
    throw new RangeError(`unknown role ${override.role}`);
  const rows = siteRows(override, override.role, sourceLength);
  const dk = sizes.dModel / sizes.heads;
  if (override.rows.length !== rows) throw new RangeError(`the override needs ${rows} rows`);
  for (const row of override.rows) {
    if (row.length !== dk) throw new RangeError(`each override row has ${dk} numbers`);
    if (!row.every(Number.isFinite)) throw new RangeError('override values must be finite');
  }
}

/** Throws a RangeError naming the first part of `interventions` that does not fit the model. */
export function checkInterventions(
  { headsOff = [], overrides = [] }: Interventions,
  sizes: InterventionSizes,
  sourceLength: number,
): void {
  for (const head of headsOff) checkHead(head, sizes);
  overrides.forEach((override, i) => {
    checkOverride(override, sizes, sourceLength);
    const twin = overrides
      .slice(0, i)
      .some((o) => sameSite(o, override) && o.head === override.head && o.role === override.role);
    if (twin) throw new RangeError('two overrides of the same head and role at one site');
  });
}

/** One sentence's `heads` [1, h, n, dk] with head `head`'s first rows replaced by `rows`. */
function overwritten(heads: Tensor, head: number, rows: readonly (readonly number[])[]): Tensor {
  const [, , n, dk] = heads.shape as [number, number, number, number];
  const data = heads.data.slice();
  rows.forEach((row, r) => data.set(row, (head * n + r) * dk));
  return new Tensor(data, heads.shape);
}

/** [1, h, 1, 1] gates per site with a head off: 0 for the heads off, 1 for the others. */
function gates(headsOff: readonly HeadRef[], heads: number): Map<string, Tensor> {
  const factors = new Map<string, Float32Array>();
  for (const { kind, layer, head } of headsOff) {
    const key = `${kind}.${layer}`;
    const site = factors.get(key) ?? new Float32Array(heads).fill(1);
    site[head] = 0;
    factors.set(key, site);
  }
  return new Map([...factors].map(([key, data]) => [key, new Tensor(data, [1, heads, 1, 1])]));
}

/**
 * The hooks of one pass of a checked `interventions`: the encoder's (`step` undefined) or decoder
 * step `step`'s. An override applies at its own step only, but what that step writes into the
 * key/value cache is carried to later steps, as the model carries it. `observe` sees every site.
 */
export function interventionHooks(
  { headsOff = [], overrides = [] }: Interventions,
  heads: number,
  step: number | undefined,
  observe?: (site: SiteRef, attended: AttendedHeads) => void,
): AttentionHooks {
  const gated = gates(headsOff, heads);
  return (kind, layer) => {
    const site: SiteRef = step === undefined ? { kind, layer } : { kind, layer, step };
    const here = overrides.filter((override) => sameSite(override, site));
    const gate = gated.get(`${kind}.${layer}`);
    return {
      ...(here.length > 0 && {
        replace: (role: HeadRole, tensor: Tensor) =>
          here
            .filter((override) => override.role === role)
            .reduce((t, override) => overwritten(t, override.head, override.rows), tensor),
      }),
      ...(gate && { gate }),
      ...(observe && { observe: (attended: AttendedHeads) => observe(site, attended) }),
    };
  };
}
