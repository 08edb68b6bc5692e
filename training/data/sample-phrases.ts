import { ADJECTIVES, type AdjectiveId } from './lexicon/adjectives';
import { POSSESSIVES, isNumeral, isPossessive, type Determiner } from './lexicon/determiners';
import { idsOf } from './lexicon/ids';
import { NOUNS, containersFor, type NounId, type NounTag } from './lexicon/nouns';
import { PLACES, type PlaceUse } from './lexicon/places';
import { PRONOUNS, type PronounId } from './lexicon/pronouns';
import { chance, pick, pickWeighted, type Random } from './prng';
import type { NounPhrase, PlacePhrase, PronounPhrase } from './structure';

/** What a noun phrase's surroundings allow. */
export interface PhraseContext {
  /** Clause is negated: no "one" (and "a" renders uncounted). */
  readonly negated: boolean;
  /** Clause is an affirmative past: no generic bare plural ("she ate apples" is unnatural Chinese). */
  readonly completed: boolean;
  /** Determiners the verb restricts its object to, if any. */
  readonly determiners: readonly Determiner[] | null;
  /** The phrase may be plural. */
  readonly plural: boolean;
}

const POSSESSIVE_IDS = idsOf(POSSESSIVES);

// Relative frequencies of determiners for count and for mass nouns; possessives share one weight.
const COUNT_DETERMINERS: readonly (readonly [Determiner | 'possessive', number])[] = [
  ['a', 30],
  ['the', 18],
  ['this', 5],
  ['that', 5],
  ['possessive', 12],
  ['bare', 10],
  ['one', 1],
  ['two', 7],
  ['three', 5],
];
const MASS_DETERMINERS: readonly (readonly [Determiner | 'possessive', number])[] = [
  ['bare', 30],
  ['the', 15],
  ['possessive', 8],
  ['a', 25],
  ['two', 6],
  ['three', 4],
  ['this', 3],
  ['that', 2],
];

/** Nouns carrying any of the given tags. */
export function nounsTagged(tags: readonly NounTag[]): NounId[] {
  return idsOf(NOUNS).filter((id) => NOUNS[id].tags.some((tag) => tags.includes(tag)));
}

function isCounted(det: Determiner): boolean {
  return det === 'a' || det === 'this' || det === 'that' || isNumeral(det);
}

function allows(det: Determiner, noun: NounId, context: PhraseContext): boolean {
  const tags: readonly NounTag[] = NOUNS[noun].tags;
  if (tags.includes('kin') && !isPossessive(det)) return false;
  if (tags.includes('stranger') && isPossessive(det)) return false;
  if (NOUNS[noun].measure === null && isCounted(det) && containersFor(noun).length === 0)
    return false;
  if (context.determiners !== null && !context.determiners.includes(det)) return false;
  if (context.negated && det === 'one') return false;
  // A verb's own determiner is idiomatic even when completed: 他们 踢 了 足球.
  return !(context.completed && det === 'bare' && context.determiners === null);
}

function sampleDeterminer(random: Random, noun: NounId, context: PhraseContext): Determiner {
  const table = NOUNS[noun].measure === null ? MASS_DETERMINERS : COUNT_DETERMINERS;
  const options = table
    .flatMap(([det, weight]) =>
      det === 'possessive'
        ? POSSESSIVE_IDS.map((id) => [id, weight / POSSESSIVE_IDS.length] as const)
        : [[det, weight] as const],
    )
    .filter(([det]) => allows(det, noun, context));
  return pickWeighted(random, options);
}

// At most one 的-adjective and one bare adjective, so the Chinese stays natural.
function sampleAdjectives(random: Random, noun: NounId, det: Determiner): AdjectiveId[] {
  const tags: readonly NounTag[] = NOUNS[noun].tags;
  const fitting = idsOf(ADJECTIVES).filter(
    (id) =>
      ADJECTIVES[id].fits.some((tag) => tags.includes(tag)) &&
      // "my green apple" would stack two 的: 我 的 绿色 的 苹果.
      !(isPossessive(det) && ADJECTIVES[id].takesDe),
  );
  const count = pickWeighted(random, [
    [0, 55],
    [1, 33],
    [2, 12],
  ] as const);
  if (fitting.length === 0 || count === 0) return [];
  const first = pick(random, fitting);
  const others = fitting.filter((id) => ADJECTIVES[id].takesDe !== ADJECTIVES[first].takesDe);
  return count === 2 && others.length > 0 ? [first, pick(random, others)] : [first];
}

/** A random noun phrase headed by `noun`. */
export function sampleNounPhrase(random: Random, noun: NounId, context: PhraseContext): NounPhrase {
  const det = sampleDeterminer(random, noun, context);
  const mass = NOUNS[noun].measure === null;
  const adjectives = sampleAdjectives(random, noun, det);
  const tags: readonly NounTag[] = NOUNS[noun].tags;
  // Kin are singular ("her mothers" is odd); numerals and "a" fix the number themselves.
  const pluralizable =
    context.plural &&
    !mass &&
    !tags.includes('kin') &&
    (det === 'the' || det === 'this' || det === 'that' || isPossessive(det));
  return {
    noun,
    det,
    ...(mass && isCounted(det) ? { container: pick(random, containersFor(noun)) } : {}),
    ...(pluralizable && chance(random, 0.2) ? { plural: true } : {}),
    ...(adjectives.length > 0 ? { adjectives } : {}),
  };
}

/** A random personal pronoun other than the excluded ones. */
export function samplePronoun(random: Random, exclude: readonly PronounId[] = []): PronounPhrase {
  return {
    pronoun: pick(
      random,
      idsOf(PRONOUNS).filter((id) => !exclude.includes(id)),
    ),
  };
}

/** A random place suited to one of the uses, or undefined if none is. */
export function samplePlace(random: Random, uses: readonly PlaceUse[]): PlacePhrase | undefined {
  const places = idsOf(PLACES).filter((id) => PLACES[id].uses.some((use) => uses.includes(use)));
  if (places.length === 0) return undefined;
  const place = pick(random, places);
  return PLACES[place].ownable && chance(random, 0.3)
    ? { place, owner: pick(random, POSSESSIVE_IDS) }
    : { place };
}
