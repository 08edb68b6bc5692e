import { chance, pick, pickWeighted, type Random } from '../prng';
import type {
  EverydayAspect,
  Frame,
  Modal,
  NounPhrase,
  PlaceRef,
  Predicate,
  Referent,
  Relative,
  VerbPhrase,
} from './frames';
import {
  ADJECTIVES,
  FREQUENCIES,
  PHRASES,
  PLACES,
  TIMES,
  VERBS,
  nounsOf,
  type EverydayVerb,
  type TimeUse,
} from './lexicon';
import { classOf, isMass, isPerson, isPluralNp } from './noun-phrase';
import type { ClauseQuestion } from './predicate';
import { overlapOf, sampleNounPhrase, samplePerson, samplePronoun } from './sample-referent';

// States take no progressive ("i am knowing"), no modal and no imperative here.
const STATIVE = new Set([
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
]);
const PEOPLE = ['person', 'kin'];
const THINGS_ON_FURNITURE = [
  'thing',
  'book',
  'device',
  'toy',
  'kitchenware',
  'food',
  'baked',
  'hat',
  'image',
];
const VERB_LIST = [...VERBS.values()];
const POSSESSIVES_SET: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our', 'their']);

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
function samplePlace(random: Random, kinds: readonly string[]): PlaceRef {
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

function sampleSpot(random: Random): PlaceRef {
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

function verbPhraseFor(
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
      destination: samplePlace(random, ['home', 'building', 'outdoor', 'city']),
    };
  if (verb.frame === 'live')
    return {
      verb: verb.key,
      destination: samplePlace(random, verb.key === 'live' ? ['city'] : ['home', 'building']),
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
const ACHIEVEMENTS = new Set(['find', 'lose', 'receive', 'win', 'break', 'forget']);

function aspectsOf(verb: EverydayVerb): EverydayAspect[] {
  if (verb.frame === 'live') return ['present', 'future'];
  if (verb.frame === 'weather') return ['present', 'progressive', 'past', 'future'];
  if (PERCEPTION.has(verb.key)) return ['present', 'past', 'experience'];
  if (STATIVE.has(verb.key)) return ['present'];
  const aspects: EverydayAspect[] = ['present', 'past', 'future'];
  // Experience (过) only with an object or a destination; see verbPhraseFor's caller.
  if (verb.zh !== null) aspects.push('experience');
  if (verb.frame === 'go' || ACHIEVEMENTS.has(verb.key)) return aspects;
  return [...aspects, 'progressive'];
}

/** A random subject for a clause with this verb. */
function subjectFor(random: Random): Referent {
  return samplePerson(random);
}

// "i read a book" reads as present and as past: such a verb is dated in the past, habitual in the present.
const isAmbiguous = (verb: EverydayVerb): boolean => verb.past === verb.base;

function samplePredicate(
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
    if (aspect === 'future' && question !== 'when' && chance(random, 0.5))
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
  return {
    vp,
    aspect,
    ...(modal === undefined ? {} : { modal }),
    ...(negated ? { negated } : {}),
    ...(frequency === undefined ? {} : { frequency }),
    ...(time === undefined ? {} : { time }),
    ...(place === undefined ? {} : { place }),
    ...(also ? { also } : {}),
  };
}

function sampleClause(random: Random): Frame {
  const question = pickWeighted(random, [
    [undefined, 70],
    ['yes-no', 15],
    ['why', 5],
    ['when', 4],
    ['what', 6],
  ] as const);
  const verbs = VERB_LIST.filter((verb) => {
    if (question === 'what')
      return (
        // "what are we playing ?" is 玩 什么, never 打 什么: no verb fixed to one determiner.
        verb.frame === 'object' &&
        verb.zh !== null &&
        verb.det === null &&
        !verb.objects.some((c) => PEOPLE.includes(c))
      );
    if (question === 'when') return verb.frame === 'go' || !STATIVE.has(verb.key);
    return true;
  });
  const verb = pick(random, verbs);
  const subject: Referent = verb.frame === 'weather' ? { kind: 'it' } : subjectFor(random);
  const predicate = samplePredicate(random, verb, subject, question);
  return { kind: 'clause', subject, predicate, ...(question === undefined ? {} : { question }) };
}

function sampleRelative(random: Random, head: 'person' | 'thing'): { noun: NounPhrase } {
  if (head === 'person') {
    const verb = pick(
      random,
      VERB_LIST.filter(
        (v) => v.frame === 'object' && !STATIVE.has(v.key) && v.zh !== null && !isAmbiguous(v),
      ),
    );
    const relative: Relative = {
      gap: 'subject',
      verb: verb.key,
      aspect: pick(random, ['progressive', 'progressive', 'past'] as const),
      other: sampleNounPhrase(
        random,
        verb.objects.filter((c) => !PEOPLE.includes(c)).length > 0
          ? verb.objects.filter((c) => !PEOPLE.includes(c))
          : verb.objects,
        { counted: true, det: verb.det, adjective: false },
      ),
    };
    const noun = sampleNounPhrase(random, ['person'], { det: 'the', adjective: false });
    return { noun: { ...noun, relative } };
  }
  const verb = pick(
    random,
    VERB_LIST.filter(
      (v) =>
        v.frame === 'object' &&
        v.zh !== null &&
        v.particle === null &&
        v.det === null &&
        !isAmbiguous(v) &&
        !v.objects.some((c) => PEOPLE.includes(c)) &&
        nounsOf(v.objects).some((n) => n.measure !== null),
    ),
  );
  // The head is counted by its measure word: 我 买 的 那 本 书.
  const noun = sampleNounPhrase(random, verb.objects, {
    det: 'the',
    adjective: false,
    countable: true,
  });
  const relative: Relative = {
    gap: 'object',
    verb: verb.key,
    aspect: pick(random, ['past', 'past', 'present'] as const),
    other: samplePronoun(random),
  };
  return { noun: { ...noun, relative } };
}

function sampleCopula(random: Random): Frame {
  const roll = random();
  const negated = chance(random, 0.15);
  const question =
    !negated && chance(random, 0.2) ? pick(random, ['yes-no', 'who', 'what'] as const) : undefined;
  if (roll < 0.3 || question === 'what') {
    const subject = pick(random, ['this', 'that'] as const);
    if (question === 'what') return { kind: 'copula', subject, question };
    const complement = sampleNounPhrase(
      random,
      [
        'thing',
        'book',
        'device',
        'toy',
        'animal',
        'food',
        'baked',
        'image',
        'clothes',
        'hat',
        'car',
        'bike',
      ],
      { counted: true },
    );
    // "this is a book", "that is my bag", "this is cheese": one thing, never "the".
    const possessed = typeof complement.det === 'string' && POSSESSIVES_SET.has(complement.det);
    const singular: NounPhrase = {
      ...complement,
      det: possessed ? complement.det : isMass(complement.noun) ? 'bare' : 'a',
      plural: false,
    };
    return {
      kind: 'copula',
      subject,
      complement: singular,
      ...(negated ? { negated } : {}),
      ...(question === undefined ? {} : { question }),
    };
  }
  const subject =
    chance(random, 0.12) && question === undefined
      ? sampleRelative(random, 'person').noun
      : samplePerson(random, {});
  const overlap = overlapOf(subject);
  const plural =
    (subject.kind === 'pronoun' && (subject.pronoun === 'we' || subject.pronoun === 'they')) ||
    (subject.kind === 'np' && isPluralNp(subject));
  const complement: Referent = plural
    ? sampleNounPhrase(random, ['person'], { det: 'bare', avoid: overlap.avoid, adjective: false })
    : chance(random, 0.5)
      ? {
          ...sampleNounPhrase(random, ['person'], { avoid: overlap.avoid, adjective: false }),
          det: 'a',
        }
      : {
          ...sampleNounPhrase(random, PEOPLE, { avoid: overlap.avoid, adjective: false }),
          det: pick(random, ['my', 'your', 'his', 'her', 'our', 'their'] as const),
        };
  const cleaned: Referent =
    complement.kind === 'np'
      ? { kind: 'np', noun: complement.noun, det: complement.det }
      : complement;
  // "who is your teacher ?", "who is that man ?": only a definite person is asked about.
  const definite =
    subject.kind === 'np' &&
    subject.relative === undefined &&
    subject.det !== 'a' &&
    subject.det !== 'bare' &&
    typeof subject.det !== 'number';
  if (question === 'who')
    return definite
      ? { kind: 'copula', subject, question }
      : { kind: 'copula', subject, complement: cleaned };
  return {
    kind: 'copula',
    subject,
    complement: cleaned,
    ...(negated ? { negated } : {}),
    ...(question === undefined ? {} : { question }),
  };
}

function sampleAdjectiveFrame(random: Random): Frame {
  const roll = random();
  if (roll < 0.15) {
    const adjective = pick(
      random,
      [...ADJECTIVES.values()].filter((a) => a.describes.includes('weather')),
    );
    // "it is cold today" → 今天 很 冷; "the weather is cold" → 天气 很 冷, without a time.
    if (chance(random, 0.3))
      return {
        kind: 'adjective',
        subject: { kind: 'np', noun: 'weather', det: 'the' },
        adjective: adjective.en,
      };
    const time = chance(random, 0.5)
      ? pick(random, ['today', 'now', 'tonight'] as const)
      : undefined;
    return {
      kind: 'adjective',
      subject: { kind: 'it' },
      adjective: adjective.en,
      ...(time === undefined ? {} : { time }),
    };
  }
  const subject: Referent =
    roll < 0.55
      ? samplePerson(random)
      : roll < 0.62
        ? sampleRelative(random, 'thing').noun
        : sampleNounPhrase(
            random,
            [
              'food',
              'baked',
              'thing',
              'clothes',
              'hat',
              'car',
              'bike',
              'device',
              'book',
              'show',
              'animal',
              'toy',
              'subject',
              'furniture',
              'plant',
            ],
            { counted: false },
          );
  const cls = classOf(subject) === 'kin' ? 'person' : classOf(subject);
  const fitting = [...ADJECTIVES.values()].filter((a) => a.describes.includes(cls));
  if (fitting.length === 0) return sampleAdjectiveFrame(random);
  const adjective = pick(random, fitting);
  const colour = adjective.zh.endsWith('色');
  const negated = chance(random, 0.15);
  const question = negated
    ? undefined
    : pickWeighted(random, [
        [undefined, 80],
        ['yes-no', 14],
        ['why', colour || !isPerson(subject) ? 0 : 6],
      ] as const);
  const degree =
    negated || question !== undefined || colour
      ? undefined
      : pickWeighted(random, [
          [undefined, 70],
          ['very', 15],
          ['too', 10],
          ['really', 5],
        ] as const);
  return {
    kind: 'adjective',
    subject,
    adjective: adjective.en,
    ...(degree === undefined ? {} : { degree }),
    ...(negated ? { negated } : {}),
    ...(question === undefined ? {} : { question }),
  };
}

function sampleLocation(random: Random): Frame {
  const person = chance(random, 0.6);
  const subject: Referent = person
    ? samplePerson(random)
    : sampleNounPhrase(random, [...THINGS_ON_FURNITURE, 'animal'], {
        counted: false,
        adjective: chance(random, 0.3),
      });
  const place = person
    ? samplePlace(random, ['home', 'building', 'outdoor', 'room', 'city'])
    : chance(random, 0.7)
      ? sampleSpot(random)
      : samplePlace(random, ['room']);
  const negated = chance(random, 0.15);
  const question = negated
    ? undefined
    : pickWeighted(random, [
        [undefined, 76],
        ['yes-no', 12],
        ['where', 12],
      ] as const);
  return {
    kind: 'location',
    subject,
    place,
    ...(negated ? { negated } : {}),
    ...(question === undefined ? {} : { question }),
  };
}

function sampleExistence(random: Random): Frame {
  const negated = chance(random, 0.15);
  const question = !negated && chance(random, 0.15);
  const onFurniture = chance(random, 0.4);
  const classes = onFurniture
    ? THINGS_ON_FURNITURE
    : ['person', 'animal', 'thing', 'furniture', 'plant', 'car', 'toy', 'book', 'food'];
  const np = sampleNounPhrase(random, classes, { counted: true, adjective: chance(random, 0.4) });
  const det =
    negated || question
      ? chance(random, 0.5)
        ? 'a'
        : 'bare'
      : np.det === 'a' || np.det === 'bare' || typeof np.det === 'number'
        ? np.det
        : 'a';
  const mass = nounsOf(classes).find((n) => n.en === np.noun)?.measure === null;
  const thing: NounPhrase = {
    kind: 'np',
    noun: np.noun,
    det: mass ? 'bare' : det,
    ...(np.adjective === undefined ? {} : { adjective: np.adjective }),
  };
  const place = onFurniture
    ? sampleSpot(random)
    : samplePlace(random, ['room', 'building', 'outdoor', 'city', 'home']);
  return {
    kind: 'existence',
    thing,
    place,
    ...(negated ? { negated } : {}),
    ...(question ? { question } : {}),
  };
}

function sampleCompare(random: Random): Frame {
  if (chance(random, 0.5)) {
    const adjective = pick(
      random,
      [...ADJECTIVES.values()].filter(
        (a) => a.describes.includes('person') && !a.zh.endsWith('色') && !a.predicative,
      ),
    );
    const subject = samplePerson(random);
    const other = samplePerson(random, overlapOf(subject));
    if (chance(random, 0.3)) return { kind: 'superlative', subject, adjective: adjective.en };
    return { kind: 'compare', subject, adjective: adjective.en, other };
  }
  const adjective = pick(
    random,
    [...ADJECTIVES.values()].filter(
      (a) =>
        !a.zh.endsWith('色') &&
        !a.predicative &&
        a.describes.some((d) => !PEOPLE.includes(d) && d !== 'weather'),
    ),
  );
  const classes = adjective.describes.filter(
    (d) => !PEOPLE.includes(d) && d !== 'weather' && nounsOf([d]).some((n) => n.measure !== null),
  );
  if (classes.length === 0) return sampleCompare(random);
  const cls = pick(random, classes);
  const countable = nounsOf([cls]).filter((n) => n.measure !== null);
  if (chance(random, 0.3))
    return {
      kind: 'superlative',
      subject: pick(random, ['this', 'that'] as const),
      adjective: adjective.en,
      noun: pick(random, countable).en,
    };
  // Two different things of one kind: "this hamburger is spicier than that sandwich".
  const [first, second] = [pick(random, countable), pick(random, countable)];
  // Different in Chinese too: not "this movie" and "that film", both 电影.
  if (first === undefined || second === undefined || first.zh === second.zh)
    return sampleCompare(random);
  const subject: NounPhrase = { kind: 'np', noun: first.en, det: 'this' };
  const other: NounPhrase = {
    kind: 'np',
    noun: second.en,
    det: pick(random, ['that', 'my', 'your', 'his', 'her'] as const),
  };
  return { kind: 'compare', subject, adjective: adjective.en, other };
}

function sampleHowMany(random: Random): Frame {
  const key = pick(random, ['have', 'buy', 'see', 'want', 'need', 'eat', 'read', 'write'] as const);
  const verb = VERBS.get(key)!;
  const countable = nounsOf(
    verb.objects.filter((c) => !PEOPLE.includes(c) || key === 'have'),
  ).filter((n) => n.measure !== null);
  const aspect = key === 'have' || key === 'want' || key === 'need' ? 'present' : 'past';
  return {
    kind: 'how-many',
    subject: samplePerson(random),
    verb: key,
    noun: pick(random, countable).en,
    aspect,
  };
}

const IMPERATIVE_VERBS = [
  'eat',
  'drink',
  'read',
  'write',
  'open',
  'close',
  'wash',
  'clean',
  'help',
  'wait',
  'wait-for',
  'come',
  'go',
  'listen',
  'look-at',
  'bring',
  'give',
  'take',
  'study',
  'rest',
  'sleep',
  'call',
  'sing',
  'dance',
  'play',
  'play-kick',
  'play-hit',
  'buy',
  'speak',
  'answer',
  'ask',
  'show',
  'cook',
  'run',
  'walk',
  'swim',
];

function sampleImperative(random: Random): Frame {
  const style = pickWeighted(random, [
    ['please', 5],
    ['plain', 3],
    ['let us', 3],
  ] as const);
  const verb = VERBS.get(pick(random, IMPERATIVE_VERBS))!;
  const negated = style !== 'let us' && chance(random, 0.25);
  const vp = verbPhraseFor(
    random,
    verb,
    { kind: 'pronoun', pronoun: style === 'let us' ? 'we' : 'you' },
    negated,
  );
  return { kind: 'imperative', vp, style, ...(negated ? { negated } : {}) };
}

function sampleSimple(random: Random): Frame {
  return pickWeighted(random, [
    [sampleClause, 40],
    [sampleCopula, 12],
    [sampleAdjectiveFrame, 14],
    [sampleLocation, 9],
    [sampleExistence, 8],
    [sampleCompare, 6],
    [sampleHowMany, 3],
    [sampleImperative, 6],
  ] as const)(random);
}

function isStatement(frame: Frame): boolean {
  return (
    frame.kind !== 'imperative' &&
    frame.kind !== 'how-many' &&
    frame.kind !== 'phrase' &&
    !('question' in frame && frame.question !== undefined && frame.question !== false)
  );
}

function sampleStatement(random: Random): Frame {
  const frame = sampleSimple(random);
  return isStatement(frame) ? frame : sampleStatement(random);
}

/** A random everyday sentence: one construction, a set phrase, or two or three statements joined. */
export function sampleFrame(random: Random): Frame {
  const roll = random();
  if (roll < 0.05) return { kind: 'phrase', phrase: pick(random, [...PHRASES.keys()]) };
  if (roll >= 0.45) return sampleSimple(random);
  const count = chance(random, 0.65) ? 3 : 2;
  let frame = sampleStatement(random);
  for (let i = 1; i < count; i++) {
    const conjunction = pick(random, ['and', 'but', 'because', 'so'] as const);
    frame = { kind: 'joined', first: frame, conjunction, second: sampleStatement(random) };
  }
  return frame;
}
