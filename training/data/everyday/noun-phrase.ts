import { POSSESSIVES, isPossessive } from '../lexicon/determiners';
import { PRONOUNS, type Agreement } from '../lexicon/pronouns';
import { attributiveZh } from '../render-zh';
import type { NounPhrase, Referent } from './frames';
import { ADJECTIVES, NAMES, NOUNS, type EverydayNoun } from './lexicon';
import { numberEn, numberZh } from './numbers';
import { relativeEn, relativeZh } from './relative';

/** The lexicon entry of a noun, or an error naming the missing word. */
export function nounOf(en: string): EverydayNoun {
  const noun = NOUNS.get(en);
  if (noun === undefined) throw new Error(`no noun "${en}" in the everyday lexicon`);
  return noun;
}

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

function determinerEn(np: NounPhrase, first: string): string[] {
  const plural = isPluralNp(np);
  if (typeof np.det === 'number') return numberEn(np.det);
  switch (np.det) {
    case 'bare':
      return [];
    case 'a':
      return [/^[aeiou]/.test(first) ? 'an' : 'a'];
    case 'this':
      return [plural ? 'these' : 'this'];
    case 'that':
      return [plural ? 'those' : 'that'];
    default:
      return [np.det];
  }
}

/** English tokens of a noun phrase: "two red apples", "the man who is reading a newspaper". */
export function nounPhraseEn(np: NounPhrase): string[] {
  const noun = nounOf(np.noun);
  const adjective = np.adjective === undefined ? [] : [np.adjective];
  const body = [...adjective, isPluralNp(np) ? noun.plural : noun.en];
  const relative = np.relative === undefined ? [] : relativeEn(np.relative, np);
  return [...determinerEn(np, body[0] ?? ''), ...body, ...relative];
}

/** English tokens of a referent as subject or object. */
export function referentEn(referent: Referent, role: 'subject' | 'object'): string[] {
  switch (referent.kind) {
    case 'pronoun':
      return [PRONOUNS[referent.pronoun][role]];
    case 'name':
      return [referent.name];
    case 'it':
      return ['it'];
    case 'np':
      return nounPhraseEn(referent);
  }
}

function measureOf(noun: EverydayNoun): string {
  if (noun.measure === null) throw new Error(`"${noun.en}" is a mass noun and cannot be counted`);
  return noun.measure;
}

/** How a noun phrase is used: under negation or in a question "a" is not counted, nor after 是. */
export interface NounPhraseUse {
  readonly uncounted?: boolean;
}

function determinerZh(np: NounPhrase, noun: EverydayNoun, use: NounPhraseUse): string[] {
  const { det } = np;
  if (typeof det === 'number') return [numberZh(det, true), measureOf(noun)];
  if (det === 'a') return use.uncounted === true ? [] : ['一', measureOf(noun)];
  if (det === 'this' || det === 'that') {
    const near = det === 'this';
    if (isPluralNp(np)) return [near ? '这些' : '那些'];
    return [near ? '这' : '那', measureOf(noun)];
  }
  if (isPossessive(det)) {
    const owner = PRONOUNS[POSSESSIVES[det]].zh;
    // Close kin drop 的: 我 妈妈.
    return noun.cls === 'kin' ? [owner] : [owner, '的'];
  }
  return [];
}

/** Chinese tokens of a noun phrase; a relative clause comes first: 在 看 报纸 的 那 个 男人. */
export function nounPhraseZh(np: NounPhrase, use: NounPhraseUse = {}): string[] {
  const noun = nounOf(np.noun);
  const adjective = np.adjective === undefined ? undefined : ADJECTIVES.get(np.adjective);
  if (np.adjective !== undefined && adjective === undefined)
    throw new Error(`no adjective "${np.adjective}"`);
  const modifier =
    adjective === undefined
      ? []
      : adjective.bare
        ? [adjective.zh]
        : [...attributiveZh(adjective.zh), '的'];
  const people =
    isPluralNp(np) &&
    (np.det === 'the' || (typeof np.det === 'string' && isPossessive(np.det))) &&
    noun.cls === 'person';
  const head = [...modifier, noun.zh, ...(people && np.relative === undefined ? ['们'] : [])];
  if (np.relative !== undefined) {
    const those = isPluralNp(np) ? ['那些'] : ['那', measureOf(noun)];
    return [...relativeZh(np.relative), '的', ...those, ...head];
  }
  return [...determinerZh(np, noun, use), ...head];
}

/** Chinese tokens of a referent; weather's "it" has none (今天 很 冷). */
export function referentZh(referent: Referent, use: NounPhraseUse = {}): string[] {
  switch (referent.kind) {
    case 'pronoun':
      return [PRONOUNS[referent.pronoun].zh];
    case 'name': {
      const name = NAMES.get(referent.name);
      if (name === undefined) throw new Error(`no name "${referent.name}"`);
      return [name.zh];
    }
    case 'it':
      return [];
    case 'np':
      return nounPhraseZh(referent, use);
  }
}
