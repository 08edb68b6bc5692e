import type { PronounId } from './pronouns';

/** Numerals above "a": each takes a measure word in Chinese (两 本 书). */
export const NUMERALS = {
  one: '一',
  two: '两',
  three: '三',
} as const satisfies Record<string, string>;

/** The id of a numeral in {@link NUMERALS}. */
export type NumeralId = keyof typeof NUMERALS;

/** Possessive determiners and the pronoun each renders as before 的. */
export const POSSESSIVES = {
  my: 'i',
  your: 'you',
  his: 'he',
  her: 'she',
  our: 'we',
  their: 'they',
} as const satisfies Record<string, PronounId>;

/** The id of a possessive determiner in {@link POSSESSIVES}. */
export type PossessiveId = keyof typeof POSSESSIVES;

/**
 * What opens a noun phrase. "the" and "bare" (generic plural or mass: "apples", "water") add
 * nothing in Chinese; "a" and numerals add numeral + measure word; "this"/"that" add 这/那 +
 * measure word (这些/那些 when plural); possessives add pronoun + 的.
 */
export type Determiner = 'a' | 'the' | 'this' | 'that' | 'bare' | NumeralId | PossessiveId;

/** Whether a determiner is a possessive. */
export function isPossessive(det: Determiner): det is PossessiveId {
  return det in POSSESSIVES;
}

/** Whether a determiner is a numeral. */
export function isNumeral(det: Determiner): det is NumeralId {
  return det in NUMERALS;
}
