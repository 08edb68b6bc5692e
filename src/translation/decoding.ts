import { createRng } from '../engine';
import { BOS_ID, EOS_ID } from '../text/vocabulary';
import { blockedToken, guardRepetition } from '../models/repetition-guard';
import { MAX_TARGET_TOKENS, type Named } from '../models/step-graphs';
import { stepAttention, topTokens, type StepAttention, type TokenProbability } from './step-trace';
import type { StepFunction, StepResult } from './translation-session';

/** Everything one decoding step saw and chose. */
export interface DecodingStep {
  readonly position: number;
  /** The token fed in (<bos> at position 0). */
  readonly input: number;
  readonly chosen: number;
  /** The model's most probable next tokens, before the repetition guard. */
  readonly top: readonly TokenProbability[];
  /** The token the repetition guard refused at this step (it would have been a fourth copy). */
  readonly blocked?: number;
  readonly attention: StepAttention;
  /** The step's raw outputs (hidden states, caches, per-layer tensors) for the widgets. */
  readonly outputs: Named;
  readonly backend: StepResult['backend'];
}

/** A decoded translation: ids without <eos>, and every step. */
export interface Decoding {
  readonly tokens: readonly number[];
  readonly steps: readonly DecodingStep[];
  /** False when it stopped at the length cap, {@link MAX_TARGET_TOKENS} tokens, before <eos>. */
  readonly finished: boolean;
}

/** What every strategy needs: the decoder's first state, a step function and the source length. */
export interface DecodingInput {
  readonly start: Named;
  readonly step: StepFunction;
  readonly sourceLength: number;
  /** Candidates kept per step in the trace (default 5). */
  readonly topK?: number;
}

/**
 * Runs the decoder, letting `choose` pick each next token from the step's outputs and the tokens
 * `written` so far (which it passes through {@link guardRepetition}).
 */
async function decodeWith(
  { start, step, sourceLength, topK = 5 }: DecodingInput,
  choose: (result: StepResult, written: readonly number[]) => number,
): Promise<Decoding> {
  const steps: DecodingStep[] = [];
  let [state, input] = [start, BOS_ID];
  while (steps.length < MAX_TARGET_TOKENS) {
    const result = await step(state, input);
    const written = steps.map((s) => s.chosen);
    const chosen = choose(result, written);
    const blocked = blockedToken(written);
    steps.push({
      position: steps.length,
      input,
      chosen,
      top: topTokens(result.probabilities, topK),
      ...(blocked === undefined ? {} : { blocked }),
      attention: stepAttention(result.outputs, sourceLength, steps.length),
      outputs: result.outputs,
      backend: result.backend,
    });
    if (chosen === EOS_ID) break;
    [state, input] = [result.next, chosen];
  }
  const finished = steps.at(-1)?.chosen === EOS_ID;
  const tokens = steps.map((s) => s.chosen).slice(0, finished ? -1 : undefined);
  return { tokens, steps, finished };
}

/** Greedy decoding: the most probable token the repetition guard allows, at every step. */
export function greedy(input: DecodingInput): Promise<Decoding> {
  return decodeWith(input, ({ logits }, written) => argmax(guardRepetition(logits, written)));
}

/** Options of {@link sample}. */
export interface SamplingOptions {
  /** Softmax temperature > 0: below 1 sharpens, above 1 flattens. */
  readonly temperature: number;
  /** Sample among the k most probable tokens only (0 = all). */
  readonly topK: number;
  readonly seed: number;
}

/**
 * Ancestral sampling from softmax(logits / temperature) restricted to the top k, seeded; the token
 * the repetition guard blocks is left out before the top k are taken.
 */
export function sample(input: DecodingInput, options: SamplingOptions): Promise<Decoding> {
  const { temperature, topK, seed } = options;
  if (!(temperature > 0) || !Number.isFinite(temperature))
    throw new RangeError('temperature must be a positive number');
  if (!Number.isInteger(topK) || topK < 0) throw new RangeError('top-k must be a whole number ≥ 0');
  const rng = createRng(seed);
  return decodeWith(input, ({ logits }, written) => {
    const distribution = temperedDistribution(guardRepetition(logits, written), temperature, topK);
    let u = rng.uniform();
    for (const { id, probability } of distribution) {
      u -= probability;
      if (u < 0) return id;
    }
    return distribution.at(-1)!.id;
  });
}

/**
 * softmax(logits / T) over the top k logits (all if k = 0), most probable first; a token whose
 * logit is -Infinity (blocked) is left out.
 */
export function temperedDistribution(
  logits: Float32Array,
  temperature: number,
  topK: number,
): TokenProbability[] {
  const ranked = [...logits]
    .map((logit, id) => ({ id, logit: logit / temperature }))
    .filter(({ logit }) => logit > -Infinity)
    .sort((a, b) => b.logit - a.logit || a.id - b.id);
  const kept = topK > 0 ? ranked.slice(0, topK) : ranked;
  const max = kept[0]!.logit;
  const weights = kept.map(({ logit }) => Math.exp(logit - max));
  const total = weights.reduce((a, b) => a + b, 0);
  return kept.map(({ id }, i) => ({ id, probability: weights[i]! / total }));
}

/** The index of the first largest value, as greedy decoding picks the next token. */
export function argmax(values: Float32Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
