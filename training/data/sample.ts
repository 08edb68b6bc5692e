import { POSSESSIVES, type Determiner } from './lexicon/determiners';
import { idsOf } from './lexicon/ids';
import type { PronounId } from './lexicon/pronouns';
import { NOUNS, type NounId } from './lexicon/nouns';
import { PLACES } from './lexicon/places';
import {
  FREQUENCIES,
  TIMES,
  type FrequencyId,
  type TimeId,
  type TimePhrase,
} from './lexicon/times';
import { VERBS, type Aspect, type Verb, type VerbId } from './lexicon/verbs';
import { isPronoun, isWh } from './participants';
import { chance, pick, pickWeighted, type Random } from './prng';
import {
  nounsTagged,
  sampleNounPhrase,
  samplePlace,
  samplePronoun,
  type PhraseContext,
} from './sample-phrases';
import type { Clause, Conjunction, Referents, Sentence } from './structure';

/** The kind of sentence to sample: a statement, a yes/no question, or a wh-question. */
export type Mood = 'statement' | 'yes-no' | 'who' | 'what' | 'where';

const MOODS: readonly (readonly [Mood, number])[] = [
  ['statement', 72],
  ['yes-no', 12],
  ['what', 6],
  ['who', 5],
  ['where', 5],
];

// Object pronouns that would make the clause reflexive ("we like me").
const OVERLAPPING: Readonly<Record<PronounId, readonly PronounId[]>> = {
  i: ['i', 'we'],
  we: ['i', 'we'],
  you: ['you'],
  he: [],
  she: [],
  they: ['they'],
};

const DEFINITE: readonly Determiner[] = ['the', 'this', 'that', ...idsOf(POSSESSIVES)];

function candidateVerbs(mood: Mood, aspect: Aspect | undefined): VerbId[] {
  return idsOf(VERBS).filter((id) => {
    const verb: Verb = VERBS[id];
    if (aspect !== undefined && !verb.aspects.includes(aspect)) return false;
    // "what is he playing ?" asks 玩 什么, never 踢 什么: no verb fixed to one object.
    if (mood === 'what')
      return (
        verb.zh !== null &&
        verb.objects.some((tag) => tag !== 'human') &&
        verb.determiners?.length !== 1
      );
    // "where did she swim ?" wants 的 (她 在 哪里 游泳 的 ？), outside this grammar.
    if (mood === 'where') return verb.places.length > 0 && verb.aspects.some((a) => a !== 'past');
    return true;
  });
}

function sampleSubject(random: Random, verb: Verb, mood: Mood, negated: boolean): Referents {
  const humans = nounsTagged(['human']);
  const creatures = verb.animals ? [...humans, ...nounsTagged(['pet'])] : humans;
  const context = (determiners: readonly Determiner[], plural = true): PhraseContext => ({
    negated,
    completed: false,
    determiners,
    plural,
  });
  const roll = random();
  if (mood === 'statement' && roll < 0.1) {
    const first = chance(random, 0.5)
      ? samplePronoun(random, ['i', 'we', 'they'])
      : sampleNounPhrase(random, pick(random, humans), context(DEFINITE, false));
    const others = humans.filter((id) => isPronoun(first) || id !== first.noun);
    // English puts "i" last: "my mother and i".
    const second = chance(random, 0.4)
      ? { pronoun: 'i' as const }
      : sampleNounPhrase(random, pick(random, others), context(DEFINITE, false));
    return [first, second];
  }
  if (roll < 0.55) return [samplePronoun(random, mood === 'statement' ? [] : ['i'])];
  // A counted subject reads naturally only in affirmative statements: 两 个 男孩 在 玩.
  const counted: readonly Determiner[] = mood === 'statement' && !negated ? ['two', 'three'] : [];
  return [sampleNounPhrase(random, pick(random, creatures), context([...DEFINITE, ...counted]))];
}

// Nouns of the subject: "three teachers are helping the teachers" would read as one group.
function subjectNouns(subject: Referents): NounId[] {
  return subject.flatMap((phrase) => (isPronoun(phrase) ? [] : [phrase.noun]));
}

function sampleObject(
  random: Random,
  verb: Verb,
  subject: Referents,
  context: PhraseContext,
  mood: Mood,
): Referents {
  const taken = subjectNouns(subject);
  const nouns = nounsTagged(verb.objects).filter((id) => !taken.includes(id));
  if (nouns.length === 0 || (verb.pronouns && chance(random, 0.3))) {
    const overlapping = subject.flatMap((phrase) =>
      isPronoun(phrase) ? OVERLAPPING[phrase.pronoun] : [],
    );
    return [samplePronoun(random, overlapping)];
  }
  const noun = pick(random, nouns);
  const phrase = sampleNounPhrase(random, noun, context);
  // A second object must take the same Chinese verb: not "吃 苹果 和 汤".
  const sameVerb = (id: NounId): boolean => (verb.zhFor[id] ?? null) === (verb.zhFor[noun] ?? null);
  const others = nouns.filter((id) => id !== noun && sameVerb(id));
  if (mood !== 'statement' || context.negated || others.length === 0 || !chance(random, 0.08))
    return [phrase];
  return [phrase, sampleNounPhrase(random, pick(random, others), context)];
}

function sampleTime(
  random: Random,
  verb: Verb,
  aspect: Aspect,
  earliest: number,
  mustTime: boolean,
): TimeId | undefined {
  const times = idsOf(TIMES).filter((id) => {
    const { aspects, rank }: TimePhrase = TIMES[id];
    return aspects.includes(aspect) && (rank === null || rank >= earliest);
  });
  if (verb.stative || times.length === 0) return undefined;
  return mustTime || chance(random, aspect === 'progressive' ? 0.15 : 0.35)
    ? pick(random, times)
    : undefined;
}

// "i read a book" reads as present and as past alike: such a verb is dated in the past, and
// takes a habitual time or a frequency in an affirmative present statement.
function isAmbiguous(verb: Verb): boolean {
  return verb.forms[3] === verb.forms[0];
}

/**
 * A random clause of the given mood, in the given aspect if one is required; its time phrase, if
 * any, is no earlier than rank `earliest` on the time line.
 */
export function sampleClause(random: Random, mood: Mood, aspect?: Aspect, earliest = 0): Clause {
  const verbId = pick(random, candidateVerbs(mood, aspect));
  const verb: Verb = VERBS[verbId];
  const chosen =
    aspect ??
    pick(
      random,
      verb.aspects.filter((a) => mood !== 'where' || a !== 'past'),
    );
  const transitive =
    mood === 'what' || verb.zhAlone === null || (verb.zh !== null && chance(random, 0.65));
  const negated = mood === 'statement' && chance(random, 0.25);
  const context: PhraseContext = {
    negated,
    completed: chosen === 'past' && !negated,
    determiners: verb.determiners,
    // A verb fixed to one determiner is idiomatic and singular: play *the piano*.
    plural: verb.determiners?.length !== 1,
  };
  const subject =
    mood === 'who' ? ({ wh: 'who' } as const) : sampleSubject(random, verb, mood, negated);
  const object = !transitive
    ? undefined
    : mood === 'what'
      ? ({ wh: 'what' } as const)
      : sampleObject(random, verb, isWh(subject) ? [] : subject, context, mood);
  const objectWords = new Set(
    object === undefined || isWh(object)
      ? []
      : object.flatMap((phrase) => (isPronoun(phrase) ? [] : [NOUNS[phrase.noun].zh])),
  );
  const sampledPlace =
    mood === 'where'
      ? 'where'
      : !verb.stative && chance(random, 0.3)
        ? samplePlace(random, verb.places)
        : undefined;
  // Not "waiting for the bus on the bus".
  const place =
    sampledPlace === undefined ||
    sampledPlace === 'where' ||
    !objectWords.has(PLACES[sampledPlace.place].zh)
      ? sampledPlace
      : undefined;
  const habitual = chosen === 'present' && !negated && mood === 'statement' && isAmbiguous(verb);
  const mustDate = chosen === 'past' && isAmbiguous(verb);
  const time = sampleTime(
    random,
    verb,
    chosen,
    earliest,
    mustDate || (habitual && chance(random, 0.5)),
  );
  // A past "read" needs a date to be told from the present, and after a clause dated later
  // ("… tomorrow , and … and then …") no past date is left: pick another clause.
  if (mustDate && time === undefined) return sampleClause(random, mood, aspect, earliest);
  const frequency: FrequencyId | undefined =
    chosen === 'present' &&
    !verb.stative &&
    time === undefined &&
    !negated &&
    (habitual || chance(random, 0.2))
      ? pick(
          random,
          // "does she never eat fish ?" is a loaded question, not a plain one.
          idsOf(FREQUENCIES).filter((id) => mood === 'statement' || id !== 'never'),
        )
      : undefined;
  return {
    subject,
    verb: verbId,
    aspect: chosen,
    ...(object === undefined ? {} : { object }),
    ...(negated ? { negated } : {}),
    ...(place === undefined ? {} : { place }),
    ...(time === undefined ? {} : { time }),
    ...(frequency === undefined ? {} : { frequency }),
    ...(mood === 'yes-no' ? { question: true } : {}),
  };
}

function rankOf(clause: Clause): number {
  return clause.time === undefined ? 0 : (TIMES[clause.time].rank ?? 0);
}

/** A random sentence: mostly statements of one to three clauses, some questions. */
export function sampleSentence(random: Random): Sentence {
  const mood = pickWeighted(random, MOODS);
  const first = sampleClause(random, mood);
  if (mood !== 'statement') return { first };
  const count = pickWeighted(random, [
    [1, 40],
    [2, 35],
    [3, 25],
  ] as const);
  const rest: { conjunction: Conjunction; clause: Clause }[] = [];
  let previous = first;
  let latest = rankOf(first);
  while (rest.length + 1 < count) {
    // "and then" sequences two events (past or future); a second "but" would read badly.
    const sequenced =
      (previous.aspect === 'past' || previous.aspect === 'future') && chance(random, 0.3);
    const contrasts = rest.every(({ conjunction }) => conjunction !== 'but');
    const conjunction: Conjunction = sequenced
      ? 'and then'
      : contrasts && chance(random, 0.5)
        ? 'but'
        : 'and';
    // What happens "then" is never dated before what came first.
    const clause = sampleClause(
      random,
      'statement',
      sequenced ? previous.aspect : undefined,
      sequenced ? latest : 0,
    );
    rest.push({ conjunction, clause });
    previous = clause;
    latest = Math.max(latest, rankOf(clause));
  }
  return rest.length === 0 ? { first } : { first, rest };
}
