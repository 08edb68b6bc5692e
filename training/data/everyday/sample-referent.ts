import { POSSESSIVES } from '../lexicon/determiners';
import { idsOf } from '../lexicon/ids';
import { type PronounId } from '../lexicon/pronouns';
import { chance, pick, pickWeighted, type Random } from '../prng';
import type { EverydayDeterminer, NounPhrase, Referent } from './frames';
import { ADJECTIVES, NAMES, NOUNS, nounsOf, type EverydayNoun } from './lexicon';

const POSSESSIVE_IDS = idsOf(POSSESSIVES);
// Subjects, languages, music and games are named bare: "she studies art", "we play football".
const ABSTRACT: readonly string[] = ['subject', 'language', 'music', 'kick-sport', 'hit-sport'];
const PRONOUN_IDS: readonly PronounId[] = ['i', 'you', 'he', 'she', 'we', 'they'];

/** Object pronouns that would make a clause reflexive ("we like me"). */
export const OVERLAPPING: Readonly<Record<PronounId, readonly PronounId[]>> = {
  i: ['i', 'we'],
  we: ['i', 'we'],
  you: ['you'],
  he: ['he'],
  she: ['she'],
  they: ['they'],
};

/** What a sampled noun phrase may be. */
export interface NounPhraseOptions {
  /** Numbers, "a" and "this"/"that" allowed (not in "there is no …", not after a restricted verb). */
  readonly counted?: boolean;
  /** The only determiner allowed. */
  readonly det?: 'the' | 'bare' | null;
  /** Nouns not to use (the subject's, so that no clause repeats a noun). */
  readonly avoid?: readonly string[];
  readonly adjective?: boolean;
  /** Only nouns with a measure word. */
  readonly countable?: boolean;
}

/** A number for a counted noun phrase: mostly small, sometimes up to a hundred. */
export function sampleNumber(random: Random): number {
  return pickWeighted(random, [
    [() => 2 + Math.floor(random() * 4), 6],
    [() => 6 + Math.floor(random() * 15), 3],
    [() => 10 * (2 + Math.floor(random() * 9)), 2],
    [() => 21 + Math.floor(random() * 79), 2],
  ] as const)();
}

function sampleDeterminer(
  random: Random,
  noun: EverydayNoun,
  options: NounPhraseOptions,
): EverydayDeterminer {
  if (options.det === 'the' || options.det === 'bare') return options.det;
  const possessive = pick(random, POSSESSIVE_IDS);
  if (noun.cls === 'kin') return possessive;
  if (ABSTRACT.includes(noun.cls)) return 'bare';
  const counted = options.counted !== false;
  const table: (readonly [EverydayDeterminer, number])[] =
    noun.measure === null
      ? [
          ['bare', 4],
          ['the', 2],
          [possessive, 1],
        ]
      : [
          ['the', 4],
          [possessive, 3],
          ['bare', 2],
          ...(counted
            ? ([
                ['a', 5],
                ['this', 2],
                ['that', 2],
                [sampleNumber(random), 2],
              ] as const)
            : []),
        ];
  return pickWeighted(random, table);
}

function sampleAdjective(random: Random, noun: EverydayNoun): string | undefined {
  // 我 妈妈 drops 的, which an adjective would bring back: no "my friendly mom".
  if (noun.cls === 'kin') return undefined;
  const fitting = [...ADJECTIVES.values()].filter(
    (adjective) => adjective.describes.includes(noun.cls) && !adjective.predicative,
  );
  return fitting.length === 0 ? undefined : pick(random, fitting).en;
}

/** A random noun phrase headed by a noun of one of the classes. */
export function sampleNounPhrase(
  random: Random,
  classes: readonly string[],
  options: NounPhraseOptions = {},
): NounPhrase {
  // Avoided by their Chinese too: "her mom" and "her mother" are both 妈妈.
  const avoided = new Set((options.avoid ?? []).map((en) => NOUNS.get(en)?.zh));
  const nouns = nounsOf(classes).filter(
    (noun) =>
      !(options.avoid ?? []).includes(noun.en) &&
      !avoided.has(noun.zh) &&
      (options.countable !== true || noun.measure !== null),
  );
  const noun = pick(random, nouns);
  const det = sampleDeterminer(random, noun, options);
  const definite =
    det === 'the' || det === 'this' || det === 'that' || POSSESSIVE_IDS.some((p) => p === det);
  const plural =
    definite &&
    noun.measure !== null &&
    noun.cls !== 'kin' &&
    options.det !== 'the' &&
    chance(random, 0.2);
  const adjective =
    options.adjective !== false && chance(random, 0.2) ? sampleAdjective(random, noun) : undefined;
  return {
    kind: 'np',
    noun: noun.en,
    det,
    ...(plural ? { plural } : {}),
    ...(adjective === undefined ? {} : { adjective }),
  };
}

/** A random pronoun other than the excluded ones. */
export function samplePronoun(random: Random, exclude: readonly PronounId[] = []): Referent {
  return {
    kind: 'pronoun',
    pronoun: pick(
      random,
      PRONOUN_IDS.filter((p) => !exclude.includes(p)),
    ),
  };
}

/** A random person: a pronoun, a name, or a noun phrase for a person or close kin. */
export function samplePerson(
  random: Random,
  options: { readonly exclude?: readonly PronounId[]; readonly avoid?: readonly string[] } = {},
): Referent {
  const roll = random();
  if (roll < 0.4) return samplePronoun(random, options.exclude);
  if (roll < 0.52) return { kind: 'name', name: pick(random, [...NAMES.keys()]) };
  return sampleNounPhrase(random, ['person', 'kin'], {
    counted: false,
    adjective: chance(random, 0.5),
    ...(options.avoid === undefined ? {} : { avoid: options.avoid }),
  });
}

/** Pronouns and nouns a clause's object must not repeat from its subject. */
export function overlapOf(subject: Referent): { exclude: PronounId[]; avoid: string[] } {
  if (subject.kind === 'pronoun') return { exclude: [...OVERLAPPING[subject.pronoun]], avoid: [] };
  if (subject.kind === 'np') return { exclude: [], avoid: [subject.noun] };
  return { exclude: [], avoid: [] };
}
