import { noGrad, Tensor } from '../engine';
import type { AttendedHeads } from '../models/attention-hooks';
import { headCaptures, type HeadCapture } from '../models/head-capture';
import {
  checkInterventions,
  interventionHooks,
  siteRows,
  type Interventions,
  type SiteRef,
} from '../models/interventions';
import { MAX_TARGET_TOKENS, paddedSource, type Named } from '../models/step-graphs';
import type { Transformer } from '../models/transformer';
import { EOS_ID, BOS_ID } from '../text/vocabulary';
import { argmax, greedy, type Decoding } from './decoding';
import type { StepFunction } from './translation-session';

/** A greedy translation by the Transformer under interventions, on the TypeScript reference. */
export interface IntervenedRun {
  readonly sourceIds: readonly number[];
  /** The encoder's outputs (every layer's self-attention weights among them). */
  readonly encoded: Named;
  /** Tokens, and per step the top-k candidates and every layer's and head's attention. */
  readonly decoding: Decoding;
  /**
   * Each head's queries, keys, values and weights at `site` as the run used them (an override
   * included); undefined for a decoder step the translation did not reach.
   */
  capture(site: SiteRef): HeadCapture[] | undefined;
}

/** The encoder and decoder-step passes of one sentence with `interventions` hooked in. */
function intervenedPasses(
  model: Transformer,
  sourceIds: readonly number[],
  interventions: Interventions,
  observe?: (site: SiteRef, attended: AttendedHeads) => void,
) {
  checkInterventions(interventions, model.config, sourceIds.length);
  const hooks = (step?: number) =>
    interventionHooks(interventions, model.config.heads, step, observe);
  return {
    encode: () => noGrad(() => model.encodeGraph(paddedSource(sourceIds), hooks())),
    step: (state: Named, token: number) => {
      const inputs = { ...state, token: new Tensor(Float32Array.of(token), [1]) };
      const position = state.position!.data.indexOf(1);
      return noGrad(() => model.decodeGraph(inputs, hooks(position)));
    },
  };
}

const siteKey = ({ kind, layer, step }: SiteRef) => `${kind}.${layer}.${step ?? ''}`;

/**
 * Encodes `sourceIds` and decodes greedily with `interventions` applied (none: bit for bit the
 * trained model on `ts`). Throws a RangeError for interventions that do not fit the model.
 */
export async function decodeIntervened(
  model: Transformer,
  sourceIds: readonly number[],
  interventions: Interventions = {},
  { topK = 5 }: { topK?: number } = {},
): Promise<IntervenedRun> {
  const seen = new Map<string, AttendedHeads>();
  const passes = intervenedPasses(model, sourceIds, interventions, (site, attended) =>
    seen.set(siteKey(site), attended),
  );
  const encoded = passes.encode();
  const step: StepFunction = async (state, token) => {
    const started = performance.now();
    const outputs = passes.step(state, token);
    return {
      outputs,
      backend: 'ts',
      fallbacks: [],
      elapsedMs: performance.now() - started,
      logits: outputs.logits!.data,
      probabilities: outputs.probabilities!.data,
      next: model.nextDecoderInputs(state, outputs),
    };
  };
  const start = model.initialDecoderInputs(encoded);
  const decoding = await greedy({ start, step, sourceLength: sourceIds.length, topK });
  return {
    sourceIds,
    encoded,
    decoding,
    capture(site) {
      const attended = seen.get(siteKey(site));
      if (!attended) return undefined;
      const rows = (role: 'query' | 'key') => siteRows(site, role, sourceIds.length);
      return headCaptures(attended, rows('query'), rows('key'));
    },
  };
}

/**
 * The same greedy translation as {@link decodeIntervened}, tokens only (without <eos>), and
 * synchronously, for scoring many sentences.
 */
export function greedyIntervened(
  model: Transformer,
  sourceIds: readonly number[],
  interventions: Interventions,
): { tokens: number[]; finished: boolean } {
  const passes = intervenedPasses(model, sourceIds, interventions);
  let state = model.initialDecoderInputs(passes.encode());
  let token = BOS_ID;
  const tokens: number[] = [];
  for (let step = 0; step < MAX_TARGET_TOKENS; step++) {
    const outputs = passes.step(state, token);
    token = argmax(outputs.probabilities!.data);
    if (token === EOS_ID) return { tokens, finished: true };
    tokens.push(token);
    state = model.nextDecoderInputs(state, outputs);
  }
  return { tokens, finished: false };
}
