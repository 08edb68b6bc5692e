import { chance, pick, type Random } from '../prng';
import type { EverydayAspect, Modal, PlaceRef, Predicate, Referent, VerbPhrase } from './frames';
import { FREQUENCIES, PLACES, TIMES, type EverydayVerb, type TimeUse } from './lexicon';
import type { ClauseQuestion } from './predicate';
import { overlapOf, sampleNounPhrase, samplePerson, samplePronoun } from './sample-referent';

/** States: no progressive ("i am knowing"), no modal, no place, present only (喜欢 了 is not said). */
export const STATIVE: ReadonlySet<string> = new Set([
  'like',
  'love',
  'hate',
  'know',
  'want',
  'need',
  'have',
  'believe',
  'remember',
  'understand',
  'miss',
  'hear',
  'see',
  'trust',
]);

/** Noun classes of people (pronouns and names stand for them too). */
export const PEOPLE: readonly string[] = ['person', 'kin'];

/** Whether present and past look alike ("i read a book"): dated in the past, habitual in the present. */
export function isAmbiguous(verb: EverydayVerb): boolean {
  return verb.past === verb.base;
}

function timeFor(random: Random, use: TimeUse): string {
  return pick(
    random,
    [...TIMES.entries()].filter(([, time]) => time.when.includes(use)).map(([key]) => key),
  );
}

function placesOf(kinds: readonly string[]): string[] {
  return [...PLACES.values()].filter((place) => kinds.includes(place.kind)).map((p) => p.en);
}

/** A random place someone can be at, go to or live in. */
export function samplePlace(random: Random, kinds: readonly string[]): PlaceRef {
  const place = pick(random, placesOf(kinds));
  const entry = PLACES.get(place);
  const ownable = entry !== undefined && entry.article && entry.kind === 'room';
  return ownable && chance(random, 0.3)
    ? {
        kind: 'place',
        place,
        owner: pick(random, ['my', 'your', 'his', 'her', 'our', 'their'] as const),
      }
    : { kind: 'place', place };
}

/** A random spot by a piece of furniture or in a container: "under the bed", "in the box". */
export function sampleSpot(random: Random): PlaceRef {
  const relation = pick(random, ['on', 'under', 'next to', 'behind', 'in'] as const);
  const thing = sampleNounPhrase(random, relation === 'in' ? ['container'] : ['furniture'], {
    det: 'the',
    adjective: false,
  });
  return { kind: 'spot', relation, thing };
}

function objectOf(
  random: Random,
  verb: EverydayVerb,
  subject: Referent,
  negated: boolean,
): Referent | undefined {
  if (verb.objects.length === 0) return undefined;
  const overlap = overlapOf(subject);
  // Only verbs taking any person take pronouns: "i have a brother", never "i have him".
  if (verb.objects.includes('person') && chance(random, 0.4))
    return samplePronoun(random, overlap.exclude);
  return sampleNounPhrase(random, verb.objects, {
    counted: !negated && verb.det === null,
    det: verb.det,
    avoid: overlap.avoid,
  });
}

/** A random verb phrase for the verb: its object, destination or recipient as the verb takes them. */
export function verbPhraseFor(
  random: Random,
  verb: EverydayVerb,
  subject: Referent,
  negated: boolean,
  needsObject = false,
): VerbPhrase {
  // "let us go" → 我们 走 吧, "she will come" → 她 会 来.
  if (verb.frame === 'go' && verb.zhAlone !== null && !needsObject && chance(random, 0.2))
    return { verb: verb.key };
  if (verb.frame === 'go')
    return {
      verb: verb.key,
      // "come here", never "go here".
      destination: samplePlace(
        random,
        verb.key === 'come'
          ? ['home', 'building', 'outdoor', 'city', 'here']
          : ['home', 'building', 'outdoor', 'city'],
      ),
    };
  if (verb.frame === 'live')
    return {
      verb: verb.key,
      destination: samplePlace(
        random,
        verb.key === 'live' ? ['city'] : ['home', 'building', 'here'],
      ),
    };
  const transitive =
    needsObject || verb.zhAlone === null || (verb.zh !== null && chance(random, 0.7));
  if (!transitive) return { verb: verb.key };
  const object = objectOf(random, verb, subject, negated);
  if (verb.frame === 'give' || verb.frame === 'teach') {
    const overlap = overlapOf(subject);
    const recipient = samplePerson(random, overlap);
    return object === undefined
      ? { verb: verb.key, recipient }
      : { verb: verb.key, recipient, object };
  }
  return object === undefined ? { verb: verb.key } : { verb: verb.key, object };
}

// States are present only (喜欢 了 is not said), except perception: 看见 了, 听见 过.
const PERCEPTION = new Set(['see', 'hear']);

// Events that happen at a point, not over time: no "is finding" (在 找到).
const ACHIEVEMENTS = new Set([
  'find',
  'lose',
  'receive',
  'win',
  'break',
  'forget',
  'recognize',
  'forgive',
  'arrive',
  'leave',
  'stop',
  'graduate',
]);

/** The tenses and aspects a verb is used in. */
export function aspectsOf(verb: EverydayVerb): EverydayAspect[] {
  if (verb.frame === 'live') return ['present', 'future'];
  if (verb.frame === 'weather') return ['present', 'progressive', 'past', 'future'];
  if (PERCEPTION.has(verb.key)) return ['present', 'past', 'experience'];
  if (STATIVE.has(verb.key)) return ['present'];
  const aspects: EverydayAspect[] = ['present', 'past', 'future', 'going-to'];
  // Experience (过) only with an object or a destination; see verbPhraseFor's caller.
  if (verb.zh !== null) aspects.push('experience');
  if (verb.frame === 'go' || ACHIEVEMENTS.has(verb.key)) return aspects;
  return [...aspects, 'progressive'];
}

/** A random predicate for the verb: tense, modal, negation, frequency, time, place, "also". */
export function samplePredicate(
  random: Random,
  verb: EverydayVerb,
  subject: Referent,
  question: ClauseQuestion | undefined,
): Predicate {
  const useModal =
    !STATIVE.has(verb.key) &&
    verb.frame !== 'weather' &&
    question !== 'when' &&
    chance(random, 0.3);
  const modal: Modal | undefined = useModal
    ? pick(random, ['want', 'like', 'can', 'must', 'should'] as const)
    : undefined;
  const aspect: EverydayAspect =
    modal !== undefined
      ? 'present'
      : question === 'when'
        ? 'future'
        : pick(random, aspectsOf(verb));
  const negated = question === undefined && chance(random, 0.2);
  const vp = verbPhraseFor(
    random,
    verb,
    subject,
    negated || question === 'yes-no',
    // 过 goes after the verb of a verb-object word (开 过 车), which 开车 as one word cannot show.
    question === 'what' || aspect === 'experience',
  );
  if (question === 'what' && vp.object === undefined)
    throw new Error('a what-question needs a verb with an object');
  const statement = question === undefined;
  let time: string | undefined;
  let frequency: string | undefined;
  if (modal === undefined) {
    if (aspect === 'past' && (isAmbiguous(verb) || chance(random, 0.5)))
      time = timeFor(random, 'past');
    if (
      (aspect === 'future' || aspect === 'going-to') &&
      question !== 'when' &&
      chance(random, 0.5)
    )
      time = timeFor(random, 'future');
    if (aspect === 'progressive' && chance(random, 0.15)) time = timeFor(random, 'now');
    if (aspect === 'present' && !STATIVE.has(verb.key)) {
      const habitual = isAmbiguous(verb) || chance(random, 0.5);
      if (habitual && chance(random, 0.5)) {
        const options = [...FREQUENCIES.entries()]
          .filter(([en, f]) => (negated ? f.zhNegated !== null : statement || en !== 'never'))
          .map(([en]) => en);
        frequency = pick(random, options);
      } else if (habitual && !negated) time = timeFor(random, 'habit');
    }
  }
  const place =
    aspect !== 'experience' &&
    verb.frame === 'object' &&
    !STATIVE.has(verb.key) &&
    chance(random, 0.15)
      ? samplePlace(random, ['home', 'building', 'outdoor', 'room'])
      : undefined;
  const also =
    statement &&
    !negated &&
    modal !== 'can' &&
    modal !== 'must' &&
    modal !== 'should' &&
    (aspect === 'present' || aspect === 'past') &&
    frequency === undefined &&
    chance(random, 0.08);
  const withoutBefore = aspect === 'experience' && statement && !negated && chance(random, 0.4);
  return {
    vp,
    aspect,
    ...(modal === undefined ? {} : { modal }),
    ...(negated ? { negated } : {}),
    ...(frequency === undefined ? {} : { frequency }),
    ...(time === undefined ? {} : { time }),
    ...(place === undefined ? {} : { place }),
    ...(also ? { also } : {}),
    ...(withoutBefore ? { withoutBefore } : {}),
  };
}
