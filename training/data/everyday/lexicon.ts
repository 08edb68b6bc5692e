import { readTsv } from './read-tsv';

/** A noun of the everyday lexicon; `measure` is null for a mass noun (水, 米饭). */
export interface EverydayNoun {
  readonly en: string;
  readonly plural: string;
  readonly zh: string;
  readonly measure: string | null;
  /** Semantic class: verbs choose objects, adjectives nouns, prepositions places by it. */
  readonly cls: string;
}

/**
 * How a verb's Chinese takes its complements: `object` (吃 苹果), `give` (给 他 寄 了 一 封 信),
 * `teach` (教 我们 英语), `go` (去 学校), `live` (住 在 北京), `weather` (it rains → 下雨).
 */
export type VerbFrame = 'object' | 'give' | 'teach' | 'go' | 'live' | 'weather';

/** A verb sense: five English forms, its Chinese with and without an object, what objects it takes. */
export interface EverydayVerb {
  /** Unique id: "play" is 玩, "play-kick" 踢 (football), "eat-soup" 喝. */
  readonly key: string;
  readonly base: string;
  readonly third: string;
  readonly ing: string;
  readonly past: string;
  readonly participle: string;
  /** English word between the verb and its object: listen *to*, wait *for*. */
  readonly particle: string | null;
  /** Chinese before an object; null if it takes none. */
  readonly zh: string | null;
  /** Chinese without an object (吃饭, 看书); null if an object is required. */
  readonly zhAlone: readonly string[] | null;
  /** Noun classes of its objects (`person` also takes pronouns and names). */
  readonly objects: readonly string[];
  /** "can" as a learned skill (会 游泳) or as being able (能 帮助). */
  readonly can: '会' | '能';
  readonly frame: VerbFrame;
  /** The only determiner its object takes, if restricted: play *the* piano, play football. */
  readonly det: 'the' | 'bare' | null;
  /** How often a clause picks it, relative to most verbs (1): go, come, eat are everyday. */
  readonly weight: number;
}

/** An adjective; `comparative` null means "more …", and `bare` that it binds without 的 (大 苹果). */
export interface EverydayAdjective {
  readonly en: string;
  readonly comparative: string | null;
  readonly superlative: string | null;
  readonly zh: string;
  readonly bare: boolean;
  /** Only after "be" in English: "she is afraid", never "an afraid girl". */
  readonly predicative: boolean;
  /** Noun classes it describes; `weather` for "it is cold". */
  readonly describes: readonly string[];
}

/** A place: "at school" → 学校, "in the park" → 公园, "in the box" → 盒子 里. */
export interface EverydayPlace {
  readonly en: string;
  readonly zh: string;
  /** null for "here", which takes no preposition. */
  readonly prep: 'in' | 'at' | 'on' | null;
  readonly localizer: string | null;
  readonly article: boolean;
  /** `city` for a proper name (beijing), `room` inside a home, `here`, `building` and `outdoor` otherwise. */
  readonly kind: string;
}

/** A time phrase and when it may be used. */
export interface EverydayTime {
  readonly en: readonly string[];
  readonly zh: readonly string[];
  readonly when: readonly TimeUse[];
}

/** The tenses a time phrase fits. */
export type TimeUse = 'past' | 'future' | 'habit' | 'now';

const TIME_USES: readonly TimeUse[] = ['past', 'future', 'habit', 'now'];
const VERB_FRAMES: readonly VerbFrame[] = ['object', 'give', 'teach', 'go', 'live', 'weather'];

/** A frequency adverb (always → 总是) and its form under negation (not always → 不 总是). */
export interface EverydayFrequency {
  readonly en: string;
  readonly zh: readonly string[];
  readonly zhNegated: readonly string[] | null;
}

/** A person's name. */
export interface EverydayName {
  readonly en: string;
  readonly zh: string;
}

/** A fixed phrase: greetings, thanks, apologies. */
export interface EverydayPhrase {
  readonly en: readonly string[];
  readonly zh: readonly string[];
  /** A greeting, which a question may follow ("hello , how are you ?"). */
  readonly greets: boolean;
}

const none = (cell: string): string | null => (cell === '-' ? null : cell);
function positive(cell: string): number {
  const value = Number(cell);
  if (!(value > 0)) throw new SyntaxError(`weight "${cell}" is not a positive number`);
  return value;
}
const list = (cell: string): string[] => (cell === '-' ? [] : cell.split(','));
const tokens = (cell: string): string[] => cell.split(' ');

function byKey<T>(rows: readonly T[], key: (row: T) => string): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) {
    if (map.has(key(row))) throw new Error(`duplicate lexicon entry "${key(row)}"`);
    map.set(key(row), row);
  }
  return map;
}

/** Nouns by English singular. */
export const NOUNS: ReadonlyMap<string, EverydayNoun> = byKey(
  readTsv('nouns.tsv').map((r) => ({
    en: r.en!,
    plural: r.plural!,
    zh: r.zh!,
    measure: none(r.measure!),
    cls: r.class!,
  })),
  (noun) => noun.en,
);

/** Verb senses by key. */
export const VERBS: ReadonlyMap<string, EverydayVerb> = byKey(
  readTsv('verbs.tsv').map((r) => {
    const frame = VERB_FRAMES.find((f) => f === r.frame);
    if (frame === undefined) throw new SyntaxError(`bad verb frame ${r.frame}`);
    return {
      key: r.key!,
      base: r.base!,
      third: r.third!,
      ing: r.ing!,
      past: r.past!,
      participle: r.participle!,
      particle: none(r.particle!),
      zh: none(r.zh!),
      zhAlone: r.alone === '-' ? null : tokens(r.alone!),
      objects: list(r.objects!),
      can: r.can === '能' ? '能' : '会',
      frame,
      det: r.det === 'the' || r.det === 'bare' ? r.det : null,
      weight: positive(r.weight!),
    };
  }),
  (verb) => verb.key,
);

/** Adjectives by English form. */
export const ADJECTIVES: ReadonlyMap<string, EverydayAdjective> = byKey(
  readTsv('adjectives.tsv').map((r) => ({
    en: r.en!,
    comparative: none(r.comparative!),
    superlative: none(r.superlative!),
    zh: r.zh!,
    bare: r.bind === 'bare',
    predicative: r.bind === 'pred',
    describes: list(r.describes!),
  })),
  (adjective) => adjective.en,
);

/** Places by English noun. */
export const PLACES: ReadonlyMap<string, EverydayPlace> = byKey(
  readTsv('places.tsv').map((r) => {
    const prep = r.prep;
    if (prep !== 'in' && prep !== 'at' && prep !== 'on' && prep !== '-')
      throw new SyntaxError(`bad prep ${prep}`);
    return {
      en: r.en!,
      zh: r.zh!,
      prep: prep === '-' ? null : prep,
      localizer: none(r.localizer!),
      article: r.article === 'the',
      kind: r.kind!,
    };
  }),
  (place) => place.en,
);

/** Time phrases by their English words. */
export const TIMES: ReadonlyMap<string, EverydayTime> = byKey(
  readTsv('times.tsv').map((r) => {
    const when = list(r.when!).map((use) => {
      const found = TIME_USES.find((u) => u === use);
      if (found === undefined) throw new SyntaxError(`bad time use ${use}`);
      return found;
    });
    return { en: tokens(r.en!), zh: tokens(r.zh!), when };
  }),
  (time) => time.en.join(' '),
);

/** Frequency adverbs by English word. */
export const FREQUENCIES: ReadonlyMap<string, EverydayFrequency> = byKey(
  readTsv('frequencies.tsv').map((r) => ({
    en: r.en!,
    zh: tokens(r.zh!),
    zhNegated: r.negated === '-' ? null : tokens(r.negated!),
  })),
  (frequency) => frequency.en,
);

/** Names by English spelling. */
export const NAMES: ReadonlyMap<string, EverydayName> = byKey(
  readTsv('names.tsv').map((r) => ({ en: r.en!, zh: r.zh! })),
  (name) => name.en,
);

/** Chinese of the words one addresses someone with (teacher → 老师), names included, by English. */
export const VOCATIVES: ReadonlyMap<string, string> = new Map([
  ...readTsv('vocatives.tsv').map((r) => [r.en!, r.zh!] as const),
  ...[...NAMES.values()].map((name) => [name.en, name.zh] as const),
]);

/** Fixed phrases by their English words. */
export const PHRASES: ReadonlyMap<string, EverydayPhrase> = byKey(
  readTsv('phrases.tsv').map((r) => ({
    en: tokens(r.en!),
    zh: tokens(r.zh!),
    greets: r.greets === 'yes',
  })),
  (phrase) => phrase.en.join(' '),
);

/** Nouns of any of the given classes. */
export function nounsOf(classes: readonly string[]): EverydayNoun[] {
  return [...NOUNS.values()].filter((noun) => classes.includes(noun.cls));
}

/** The lexicon entry of a noun, or an error naming the missing word. */
export function nounOf(en: string): EverydayNoun {
  const noun = NOUNS.get(en);
  if (noun === undefined) throw new Error(`no noun "${en}" in the everyday lexicon`);
  return noun;
}

/** The lexicon entry of a verb, or an error naming the missing word. */
export function verbOf(en: string): EverydayVerb {
  const verb = VERBS.get(en);
  if (verb === undefined) throw new Error(`no verb "${en}" in the everyday lexicon`);
  return verb;
}

/** The lexicon entry of an adjective, or an error naming the missing word. */
export function adjectiveOf(en: string): EverydayAdjective {
  const adjective = ADJECTIVES.get(en);
  if (adjective === undefined) throw new Error(`no adjective "${en}" in the everyday lexicon`);
  return adjective;
}

/** The words of a time phrase, or none when there is no time phrase. */
export function timeOf(key: string | undefined): Pick<EverydayTime, 'en' | 'zh'> {
  if (key === undefined) return { en: [], zh: [] };
  const time = TIMES.get(key);
  if (time === undefined) throw new Error(`no time phrase "${key}" in the everyday lexicon`);
  return time;
}
