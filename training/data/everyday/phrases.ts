import { POSSESSIVES, isPossessive } from '../lexicon/determiners';
import { PRONOUNS } from '../lexicon/pronouns';
import { attributiveZh } from '../render-zh';
import type { NounPhrase, PlaceRef, Referent, Relative, VerbPhrase } from './frames';
import { NAMES, PLACES, adjectiveOf, nounOf, verbOf, type EverydayNoun } from './lexicon';
import { numberEn, numberZh } from './numbers';
import { agreementOfReferent, isPerson, isPluralNp } from './referent';

// Noun phrases, relative clauses and verb phrases in both languages, in one module because they
// nest: "the man who is reading a newspaper" holds a verb phrase that holds a noun phrase.

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
  const adjective = np.adjective === undefined ? undefined : adjectiveOf(np.adjective);
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

function be(plural: boolean, first: boolean): string {
  return first ? 'am' : plural ? 'are' : 'is';
}

/** English of a relative clause on `head`: "who is reading a newspaper", "that i bought". */
export function relativeEn(relative: Relative, head: NounPhrase): string[] {
  const verb = verbOf(relative.verb);
  if (relative.gap === 'subject') {
    const plural = isPluralNp(head);
    const object =
      relative.other === undefined
        ? []
        : complementEn({ verb: relative.verb, object: relative.other });
    const words = {
      progressive: [be(plural, false), verb.ing],
      present: [plural ? verb.base : verb.third],
      past: [verb.past],
    }[relative.aspect];
    return [isPerson(head) ? 'who' : 'that', ...words, ...object];
  }
  if (relative.other === undefined) throw new Error('an object relative clause needs a subject');
  const agreement = agreementOfReferent(relative.other);
  const words = {
    progressive: [be(agreement === 'plural', agreement === 'first-singular'), verb.ing],
    present: [agreement === 'third-singular' ? verb.third : verb.base],
    past: [verb.past],
  }[relative.aspect];
  return ['that', ...referentEn(relative.other, 'subject'), ...words];
}

/** Chinese of a relative clause, before its 的: 在 看 报纸, 我 买. */
export function relativeZh(relative: Relative): string[] {
  if (relative.gap === 'subject') {
    const vp =
      relative.other === undefined
        ? { verb: relative.verb }
        : { verb: relative.verb, object: relative.other };
    const progressive = relative.aspect === 'progressive' ? ['在'] : [];
    return [...progressive, ...verbPhraseZh(vp, relative.aspect === 'past' ? '了' : null)];
  }
  if (relative.other === undefined) throw new Error('an object relative clause needs a subject');
  const verb = verbOf(relative.verb);
  if (verb.zh === null) throw new Error(`"${verb.base}" takes no object`);
  const progressive = relative.aspect === 'progressive' ? ['在'] : [];
  return [...referentZh(relative.other), ...progressive, verb.zh];
}

const SPOT_EN: Readonly<Record<string, readonly string[]>> = {
  on: ['on'],
  in: ['in'],
  under: ['under'],
  'next to': ['next', 'to'],
  behind: ['behind'],
};

const SPOT_ZH: Readonly<Record<string, string>> = {
  on: '上',
  in: '里',
  under: '下面',
  'next to': '旁边',
  behind: '后面',
};

/** English of a place with its preposition: "at school", "in my room", "under the bed". */
export function placeEn(place: PlaceRef): string[] {
  if (place.kind === 'spot') return [...SPOT_EN[place.relation]!, ...nounPhraseEn(place.thing)];
  const entry = PLACES.get(place.place);
  if (entry === undefined) throw new Error(`no place "${place.place}"`);
  const article = entry.article ? [place.owner ?? 'the'] : [];
  return [...(entry.prep === null ? [] : [entry.prep]), ...article, entry.en];
}

/** Chinese of a place without 在: 学校, 我 的 房间 里, 桌子 上. */
export function placeZh(place: PlaceRef): string[] {
  if (place.kind === 'spot') return [...nounPhraseZh(place.thing), SPOT_ZH[place.relation]!];
  const entry = PLACES.get(place.place);
  if (entry === undefined) throw new Error(`no place "${place.place}"`);
  const owner = place.owner === undefined ? [] : [PRONOUNS[POSSESSIVES[place.owner]].zh, '的'];
  return [...owner, entry.zh, ...(entry.localizer === null ? [] : [entry.localizer])];
}

function destinationEn(place: PlaceRef): string[] {
  if (place.kind === 'place' && (place.place === 'home' || place.place === 'here'))
    return [place.place];
  const [, ...rest] = placeEn(place);
  return ['to', ...rest];
}

/** English after the verb: particle and object, "to the park", "in beijing", "up", or "me a book". */
export function complementEn(vp: VerbPhrase, whObject = false): string[] {
  const verb = verbOf(vp.verb);
  if (vp.destination !== undefined)
    return verb.frame === 'live' ? placeEn(vp.destination) : destinationEn(vp.destination);
  const recipient = vp.recipient === undefined ? [] : referentEn(vp.recipient, 'object');
  const particle =
    verb.particle === null || vp.recipient !== undefined ? [] : verb.particle.split(' ');
  if (whObject) return [...recipient, ...particle];
  // A verb that takes no object keeps its particle: "get up", "go to bed".
  if (vp.object === undefined) return verb.objects.length === 0 ? particle : [];
  return [...particle, ...recipient, ...referentEn(vp.object, 'object')];
}

/**
 * Chinese of the verb and what follows it, with an aspect particle after the verb (了, 过):
 * 吃 了 一 个 苹果, 去 公园, 回 家, 住 在 北京, 给 了 我 一 本 书, 给 他 寄 了 一 封 信, 教 我们 英语.
 * `wh` puts 什么 as the object.
 */
export function verbPhraseZh(
  vp: VerbPhrase,
  particle: '了' | '过' | null,
  use: NounPhraseUse = {},
  wh = false,
): string[] {
  const verb = verbOf(vp.verb);
  const after = particle === null ? [] : [particle];
  if (vp.destination !== undefined) {
    if (verb.frame === 'live') return [verb.zh ?? '', '在', ...placeZh(vp.destination), ...after];
    const home = vp.destination.kind === 'place' && vp.destination.place === 'home';
    return home ? ['回', ...after, '家'] : [verb.zh ?? '', ...after, ...placeZh(vp.destination)];
  }
  const object = wh ? ['什么'] : vp.object === undefined ? null : referentZh(vp.object, use);
  if (object === null) {
    if (verb.zhAlone === null) throw new Error(`"${verb.key}" needs an object`);
    // 过 follows the verb's first word (游泳 过, 看 过 书); 了 closes the phrase (吃饭 了).
    const [head = '', ...tail] = verb.zhAlone;
    return particle === '过' ? [head, '过', ...tail] : [...verb.zhAlone, ...after];
  }
  if (verb.zh === null) throw new Error(`"${verb.key}" takes no object`);
  if (vp.recipient !== undefined) {
    const recipient = referentZh(vp.recipient);
    if (verb.frame === 'teach') return [verb.zh, ...after, ...recipient, ...object];
    return verb.zh === '给'
      ? ['给', ...after, ...recipient, ...object]
      : ['给', ...recipient, verb.zh, ...after, ...object];
  }
  return [verb.zh, ...after, ...object];
}
