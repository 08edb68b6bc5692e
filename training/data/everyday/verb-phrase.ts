import type { PlaceRef, VerbPhrase } from './frames';
import { PLACES, VERBS, type EverydayVerb } from './lexicon';
import {
  nounPhraseEn,
  nounPhraseZh,
  referentEn,
  referentZh,
  type NounPhraseUse,
} from './noun-phrase';
import { POSSESSIVES } from '../lexicon/determiners';
import { PRONOUNS } from '../lexicon/pronouns';

/** The lexicon entry of a verb, or an error naming the missing word. */
export function verbOf(en: string): EverydayVerb {
  const verb = VERBS.get(en);
  if (verb === undefined) throw new Error(`no verb "${en}" in the everyday lexicon`);
  return verb;
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

/** English after the verb: particle and object, "to the park", "in beijing", or "me a book". */
export function complementEn(vp: VerbPhrase, whObject = false): string[] {
  const verb = verbOf(vp.verb);
  if (vp.destination !== undefined)
    return verb.frame === 'live' ? placeEn(vp.destination) : destinationEn(vp.destination);
  const recipient = vp.recipient === undefined ? [] : referentEn(vp.recipient, 'object');
  const particle = verb.particle === null || vp.recipient !== undefined ? [] : [verb.particle];
  if (whObject) return [...recipient, ...particle];
  if (vp.object === undefined) return [];
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
