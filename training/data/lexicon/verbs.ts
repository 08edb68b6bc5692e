import type { Determiner } from './determiners';
import type { NounId, NounTag } from './nouns';
import type { PlaceUse } from './places';

/** Tense and aspect of a clause: is eating, eats, ate, will eat. */
export type Aspect = 'progressive' | 'present' | 'past' | 'future';

/** A verb: English forms, Chinese word(s), and what it combines with. */
export interface Verb {
  /** base, third person singular, -ing, past. */
  readonly forms: readonly [string, string, string, string];
  /** English preposition that follows the verb: look *for*, wait *for*. */
  readonly particle: string | null;
  /** Chinese verb before an object; null if the verb takes none. */
  readonly zh: string | null;
  /** Chinese verb without an object (often verb + object: 吃饭, 看书); null if an object is required. */
  readonly zhAlone: string | null;
  /** Chinese replacing 不 + verb under negation: 有 → 没有. */
  readonly zhNegated: string | null;
  /** Chinese verb chosen by the object noun instead of `zh`: eat soup → 喝 汤, read a poem → 读 诗. */
  readonly zhFor: Readonly<Partial<Record<NounId, string>>>;
  /** Chinese without an object when an animal does it (a dog 跑, not 跑步); null to keep `zhAlone`. */
  readonly zhAloneAnimal: string | null;
  /** Tags of the nouns it takes as objects. */
  readonly objects: readonly NounTag[];
  /** Takes object pronouns (me, him...). */
  readonly pronouns: boolean;
  /** The only determiners its object may take, when restricted (play *the* piano, like *apples*). */
  readonly determiners: readonly Determiner[] | null;
  readonly aspects: readonly Aspect[];
  /** States (like, want, have) take no time phrase, frequency adverb or place. */
  readonly stative: boolean;
  /** Animals may be its subject. */
  readonly animals: boolean;
  readonly places: readonly PlaceUse[];
}

const ALL_ASPECTS: readonly Aspect[] = ['progressive', 'present', 'past', 'future'];

function verb(forms: string, parts: Partial<Omit<Verb, 'forms'>> & Pick<Verb, 'places'>): Verb {
  const [base = '', third = '', ing = '', past = ''] = forms.split(' ');
  return {
    forms: [base, third, ing, past],
    particle: null,
    zh: null,
    zhAlone: null,
    zhNegated: null,
    zhFor: {},
    zhAloneAnimal: null,
    objects: [],
    pronouns: false,
    determiners: null,
    aspects: ALL_ASPECTS,
    stative: false,
    animals: false,
    ...parts,
  };
}

const QUANTIFIED: readonly Determiner[] = ['a', 'one', 'two', 'three'];
const GENERIC: readonly Determiner[] = [
  'bare',
  'this',
  'that',
  'my',
  'your',
  'his',
  'her',
  'our',
  'their',
];

/** Every verb sense of the grammar, by id; "play" has one entry per Chinese verb it becomes. */
export const VERBS = {
  eat: verb('eat eats eating ate', {
    zh: '吃',
    zhAlone: '吃饭',
    zhFor: { soup: '喝' },
    zhAloneAnimal: '吃东西',
    objects: ['food'],
    animals: true,
    places: ['meal'],
  }),
  drink: verb('drink drinks drinking drank', {
    zh: '喝',
    objects: ['drink'],
    animals: true,
    places: ['meal'],
  }),
  read: verb('read reads reading read', {
    zh: '看',
    zhAlone: '看书',
    zhFor: { poem: '读' },
    objects: ['readable'],
    places: ['quiet'],
  }),
  write: verb('write writes writing wrote', { zh: '写', objects: ['writable'], places: ['quiet'] }),
  watch: verb('watch watches watching watched', {
    zh: '看',
    objects: ['watchable'],
    places: ['home'],
  }),
  buy: verb('buy buys buying bought', {
    zh: '买',
    objects: ['item', 'food', 'drink', 'animal'],
    places: ['shop'],
  }),
  cook: verb('cook cooks cooking cooked', {
    zh: '做',
    zhAlone: '做饭',
    zhFor: { rice: '煮', noodles: '煮' },
    objects: ['cookable'],
    places: ['cook'],
  }),
  draw: verb('draw draws drawing drew', { zh: '画', objects: ['drawable'], places: ['quiet'] }),
  see: verb('see sees seeing saw', {
    zh: '看见',
    objects: ['animal', 'human', 'vehicle'],
    pronouns: true,
    aspects: ['past'],
    places: ['public'],
  }),
  find: verb('find finds finding found', {
    zh: '找到',
    objects: ['findable', 'animal'],
    aspects: ['past'],
    places: ['home', 'public'],
  }),
  lookFor: verb('look looks looking looked', {
    particle: 'for',
    zh: '找',
    objects: ['findable', 'animal', 'human'],
    pronouns: true,
    places: ['home', 'public'],
  }),
  help: verb('help helps helping helped', {
    zh: '帮助',
    objects: ['human'],
    pronouns: true,
    places: ['home', 'public'],
  }),
  waitFor: verb('wait waits waiting waited', {
    particle: 'for',
    zh: '等',
    objects: ['human', 'waitable'],
    pronouns: true,
    places: ['public'],
  }),
  drive: verb('drive drives driving drove', { zh: '开', objects: ['vehicle'], places: [] }),
  open: verb('open opens opening opened', {
    zh: '打开',
    objects: ['openable'],
    determiners: ['a', 'the', 'this', 'that', 'my', 'your', 'his', 'her', 'our', 'their'],
    aspects: ['past', 'future'],
    places: [],
  }),
  sing: verb('sing sings singing sang', {
    zh: '唱',
    zhAlone: '唱歌',
    objects: ['song'],
    places: ['perform'],
  }),
  playFootball: verb('play plays playing played', {
    zh: '踢',
    objects: ['kicked'],
    determiners: ['bare'],
    places: ['outdoor'],
  }),
  playBasketball: verb('play plays playing played', {
    zh: '打',
    objects: ['thrown'],
    determiners: ['bare'],
    places: ['outdoor'],
  }),
  playPiano: verb('play plays playing played', {
    zh: '弹',
    objects: ['instrument'],
    determiners: ['the'],
    places: ['perform'],
  }),
  play: verb('play plays playing played', {
    zhAlone: '玩',
    animals: true,
    places: ['outdoor', 'home'],
  }),
  like: verb('like likes liking liked', {
    zh: '喜欢',
    objects: ['food', 'drink', 'animal', 'readable', 'watchable', 'song', 'kicked', 'thrown'],
    pronouns: true,
    determiners: GENERIC,
    aspects: ['present'],
    stative: true,
    places: [],
  }),
  want: verb('want wants wanting wanted', {
    zh: '想要',
    objects: ['food', 'drink', 'item', 'animal'],
    determiners: QUANTIFIED,
    aspects: ['present'],
    stative: true,
    places: [],
  }),
  have: verb('have has having had', {
    zh: '有',
    zhNegated: '没有',
    objects: ['item', 'animal'],
    determiners: QUANTIFIED,
    aspects: ['present'],
    stative: true,
    places: [],
  }),
  sleep: verb('sleep sleeps sleeping slept', { zhAlone: '睡觉', animals: true, places: ['sleep'] }),
  run: verb('run runs running ran', {
    zhAlone: '跑步',
    zhAloneAnimal: '跑',
    animals: true,
    places: ['outdoor'],
  }),
  swim: verb('swim swims swimming swam', { zhAlone: '游泳', animals: true, places: ['swim'] }),
  dance: verb('dance dances dancing danced', { zhAlone: '跳舞', places: ['perform'] }),
  study: verb('study studies studying studied', { zhAlone: '学习', places: ['quiet'] }),
} as const satisfies Record<string, Verb>;

/** The id of a verb sense in {@link VERBS}. */
export type VerbId = keyof typeof VERBS;
