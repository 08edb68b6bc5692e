import { PRONOUNS, type Agreement } from '../lexicon/pronouns';
import type { NounPhrase, Referent } from './frames';
import { nounOf, type EverydayNoun } from './lexicon';

/** Whether a noun is counted only through a container or not at all (water, rice, music). */
export function isMass(en: string): boolean {
  return nounOf(en).measure === null;
}

// "noodles" and "vegetables" are mass nouns with plural agreement; school subjects ("physics") are not.
function isPluraleTantum(noun: EverydayNoun): boolean {
  return noun.measure === null && noun.en.endsWith('s') && noun.cls !== 'subject';
}

/** Whether a noun phrase is plural in English. */
export function isPluralNp(np: NounPhrase): boolean {
  if (typeof np.det === 'number') return np.det > 1;
  if (isPluraleTantum(nounOf(np.noun))) return true;
  if (np.det === 'bare') return nounOf(np.noun).measure !== null;
  if (np.det === 'a') return false;
  return np.plural === true;
}

/** The noun class of a referent: its noun's, or `person` for pronouns and names, `weather` for "it". */
export function classOf(referent: Referent): string {
  if (referent.kind === 'np') return nounOf(referent.noun).cls;
  return referent.kind === 'it' ? 'weather' : 'person';
}

/** Whether a referent is a person (who / 谁) rather than a thing (what / 什么). */
export function isPerson(referent: Referent): boolean {
  if (referent.kind === 'np') return ['person', 'kin'].includes(nounOf(referent.noun).cls);
  return referent.kind !== 'it';
}

/** English verb agreement with a referent as subject. */
export function agreementOfReferent(referent: Referent): Agreement {
  if (referent.kind === 'pronoun') return PRONOUNS[referent.pronoun].agreement;
  if (referent.kind === 'np' && isPluralNp(referent)) return 'plural';
  return 'third-singular';
}
