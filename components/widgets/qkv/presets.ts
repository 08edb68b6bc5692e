import { randn } from '../../../src/engine/init';
import { createRng } from '../../../src/engine/random';

/** The starting points a reader can load into the playground. */
export type PresetId = 'sentence' | 'lookup' | 'uniform' | 'random';

/** Every preset, in the order the picker lists them. */
export const presetIds: readonly PresetId[] = ['sentence', 'lookup', 'uniform', 'random'];

/** Q, K and V as rows of numbers, plus the tokens that label the rows (when there are tokens). */
export interface PresetValues {
  readonly q: number[][];
  readonly k: number[][];
  readonly v: number[][];
  /** Row labels shared by queries and keys (self-attention over a sentence). */
  readonly tokens?: readonly string[];
}

/** The seed sentence of the course. */
export const sentenceTokens = ['she', 'is', 'eating', 'a', 'green', 'apple'] as const;

// Hand-made 4-d features: [subject, verb, food, modifier]. Keys and values are the token's own
// features; each query asks for what that word needs (a verb its subject and object, an
// adjective its noun), so the weights read like the alignments of the chapter.
const sentenceKeys = [
  [2, 0, 0, 0],
  [0.5, 1, 0, 0],
  [0, 2, 0.5, 0],
  [0, 0, 0.3, 1],
  [0, 0, 0.5, 2],
  [0, 0, 2, 0.5],
];
const sentenceQueries = [
  [1, 1.5, 0, 0],
  [1.5, 1, 0, 0],
  [1, 0.5, 1.5, 0],
  [0, 0, 1.5, 0.5],
  [0, 0, 2, 0.5],
  [0, 0.5, 0.5, 2],
];

/** The values of a preset; `random` fills the given shape from `seed`, the others have fixed shapes. */
export function presetValues(
  id: PresetId,
  { seed, nQ, nK, dK, dV }: { seed: number; nQ: number; nK: number; dK: number; dV: number },
): PresetValues {
  switch (id) {
    case 'sentence':
      return {
        q: sentenceQueries.map((row) => [...row]),
        k: sentenceKeys.map((row) => [...row]),
        v: sentenceKeys.map((row) => [...row]),
        tokens: sentenceTokens,
      };
    case 'lookup':
      // One query; the third key points the same way and scores 6²/2 = 18 against ~0 for the rest.
      return {
        q: [[0, 0, 6, 0]],
        k: [
          [6, 0, 0, 0],
          [0, 6, 0, 0],
          [0, 0, 6, 0],
          [0, 0, 0, 6],
        ],
        v: [
          [1, 0],
          [0, 1],
          [-1, 0],
          [0, -1],
        ],
      };
    case 'uniform':
      // A zero query scores 0 against every key, so every key gets the same weight.
      return {
        q: [
          [0, 0],
          [0, 0],
          [0, 0],
        ],
        k: [
          [1, 2],
          [-1, 0],
          [2, -1],
          [0, 1],
        ],
        v: [
          [4, 0],
          [0, 4],
          [-4, 0],
          [0, -4],
        ],
      };
    case 'random': {
      const rng = createRng(seed);
      const rows = (n: number, d: number) => {
        const data = randn([n, d], rng).data;
        return Array.from({ length: n }, (_, i) =>
          Array.from({ length: d }, (_, j) => Math.round(data[i * d + j]! * 100) / 100),
        );
      };
      return { q: rows(nQ, dK), k: rows(nK, dK), v: rows(nK, dV) };
    }
  }
}
