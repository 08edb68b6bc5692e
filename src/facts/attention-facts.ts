import type { Tensor } from '../engine';
import type { ModelBundle } from '../models/model-bundle';
import { greedy, type Decoding } from '../translation/decoding';
import { TranslationSession, type EncodedSentence } from '../translation/translation-session';

/** The course's running example, as the models' English tokens. */
export const SEED_TOKENS: readonly string[] = ['she', 'is', 'eating', 'a', 'green', 'apple'];

/** Which attention weight to read, on the greedy translation of a sentence. */
export interface AttentionQuery {
  /** `cross`: decoder over the source; `encoder`: the Transformer encoder's self-attention. */
  readonly attention: 'cross' | 'encoder';
  /** The query word: the Chinese word being written (cross) or an English word (encoder). */
  readonly from: string;
  /** The English word the weight falls on. */
  readonly to: string;
  /** 1-based layer; the last one when left out. */
  readonly layer?: number;
  /** 1-based head; the mean over heads when left out. */
  readonly head?: number;
}

/** A sentence run through a model on the TypeScript backend: encoder outputs and greedy steps. */
export interface SentenceRun {
  readonly encoded: EncodedSentence;
  readonly decoding: Decoding;
}

const runs = new WeakMap<ModelBundle, Map<string, Promise<SentenceRun>>>();

async function runSentence(bundle: ModelBundle, sentence: readonly string[]): Promise<SentenceRun> {
  const session = new TranslationSession(bundle.model);
  try {
    const ids = bundle.srcVocab.encode(sentence);
    const encoded = await session.encode(ids, 'ts');
    const step = session.stepper('ts');
    const decoding = await greedy({ start: encoded.start, step, sourceLength: ids.length });
    return { encoded, decoding };
  } finally {
    await session.release();
  }
}

/** Encodes and greedily translates `sentence` once per bundle and sentence, then reuses it. */
export function sentenceRun(
  bundle: ModelBundle,
  sentence: readonly string[],
): Promise<SentenceRun> {
  let byBundle = runs.get(bundle);
  if (!byBundle) runs.set(bundle, (byBundle = new Map()));
  const key = sentence.join(' ');
  let run = byBundle.get(key);
  if (!run) byBundle.set(key, (run = runSentence(bundle, sentence)));
  return run;
}

function position(words: readonly string[], word: string, where: string): number {
  const index = words.indexOf(word);
  if (index < 0) throw new RangeError(`"${word}" is not in ${where}: ${words.join(' ')}`);
  return index;
}

function pick(rows: readonly (readonly number[])[], head: number | undefined, key: number): number {
  if (head !== undefined) {
    const row = rows[head - 1];
    if (!row) throw new RangeError(`there is no head ${head}`);
    return row[key]!;
  }
  return rows.reduce((sum, row) => sum + row[key]!, 0) / rows.length;
}

function layerOf<T>(layers: readonly T[], layer: number | undefined): T {
  const found = layer === undefined ? layers.at(-1) : layers[layer - 1];
  if (found === undefined) throw new RangeError(`there is no layer ${layer}`);
  return found;
}

function encoderRows(weights: Tensor, query: number, length: number): number[][] {
  const [, heads, rows, width] = weights.shape as [number, number, number, number];
  return Array.from({ length: heads }, (_, h) => {
    const start = (h * rows + query) * width;
    return [...weights.data.subarray(start, start + length)];
  });
}

/** The weight `query` names, on the greedy translation of `sentence` by `bundle`'s model. */
export async function attentionWeight(
  bundle: ModelBundle,
  sentence: readonly string[],
  query: AttentionQuery,
): Promise<number> {
  const { encoded, decoding } = await sentenceRun(bundle, sentence);
  const key = position(sentence, query.to, 'the sentence');
  if (query.attention === 'encoder') {
    const layers: Tensor[] = [];
    for (let i = 0; encoded.outputs[`encoder.${i}.selfWeights`]; i++)
      layers.push(encoded.outputs[`encoder.${i}.selfWeights`]!);
    const from = position(sentence, query.from, 'the sentence');
    return pick(encoderRows(layerOf(layers, query.layer), from, sentence.length), query.head, key);
  }
  const written = decoding.tokens.map((id) => bundle.tgtVocab.token(id));
  const step = decoding.steps[position(written, query.from, 'the translation')]!;
  return pick(layerOf(step.attention.cross, query.layer), query.head, key);
}
