import { chance, pick, pickWeighted, type Random } from '../prng';
import type { Frame, NounPhrase, Referent, Relative } from './frames';
import { ADJECTIVES, PHRASES, VERBS, VOCATIVES, nounsOf, verbOf } from './lexicon';
import { classOf, isMass, isPerson, isPluralNp } from './referent';
import {
  PEOPLE,
  STATIVE,
  aspectsOf,
  isAmbiguous,
  samplePlace,
  samplePredicate,
  sampleSpot,
  verbPhraseFor,
} from './sample-predicate';
import { overlapOf, sampleNounPhrase, samplePerson, samplePronoun } from './sample-referent';

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
  const verb = pickWeighted(
    random,
    verbs.map((v) => [v, v.weight] as const),
  );
  const subject: Referent = verb.frame === 'weather' ? { kind: 'it' } : samplePerson(random);
  const predicate = samplePredicate(random, verb, subject, question);
  return { kind: 'clause', subject, predicate, ...(question === undefined ? {} : { question }) };
}

// "the man who is reading a newspaper" (在 看 报纸 的 那 个 男人), "the book that i bought".
function sampleRelative(random: Random, head: 'person' | 'thing'): NounPhrase {
  if (head === 'person') {
    const verb = pick(
      random,
      VERB_LIST.filter(
        (v) => v.frame === 'object' && !STATIVE.has(v.key) && v.zh !== null && !isAmbiguous(v),
      ),
    );
    const noun = sampleNounPhrase(random, ['person'], { det: 'the', adjective: false });
    const things = verb.objects.filter((c) => !PEOPLE.includes(c));
    const aspects = aspectsOf(verb).includes('progressive')
      ? (['progressive', 'progressive', 'past'] as const)
      : (['past'] as const);
    const relative: Relative = {
      gap: 'subject',
      verb: verb.key,
      aspect: pick(random, aspects),
      other: sampleNounPhrase(random, things.length > 0 ? things : verb.objects, {
        counted: true,
        det: verb.det,
        adjective: false,
        avoid: [noun.noun],
      }),
    };
    return { ...noun, relative };
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
  return { ...noun, relative };
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
      ? sampleRelative(random, 'person')
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
        ? sampleRelative(random, 'thing')
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
    ? samplePlace(random, ['home', 'building', 'outdoor', 'room', 'city', 'here'])
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
    : ['person', 'animal', 'thing', 'furniture', 'plant', 'car', 'toy', 'book', 'food', 'building'];
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
    : classOf(thing) === 'building'
      ? samplePlace(random, ['outdoor', 'city'])
      : samplePlace(random, ['room', 'building', 'outdoor', 'city', 'home', 'here']);
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
  const verb = verbOf(key);
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
  const verb = verbOf(pick(random, IMPERATIVE_VERBS));
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

const PHRASE_KEYS = [...PHRASES.keys()];
const QUESTION_PHRASES = PHRASE_KEYS.filter((phrase) => phrase.endsWith('?'));
const STATEMENT_PHRASES = PHRASE_KEYS.filter((phrase) => !phrase.endsWith('?'));
const VOCATIVE_KEYS = [...VOCATIVES.keys()];

// A set phrase alone occurs once in the corpus (no pair twice), too rarely to learn, so most
// come addressed to someone or followed by a statement, another phrase ("sorry , i do not
// know") or, after a greeting, a question ("hello , how are you ?").
function samplePhrase(random: Random): Frame {
  const phrase = pick(random, PHRASE_KEYS);
  if (phrase.endsWith('?'))
    return chance(random, 0.5)
      ? { kind: 'phrase', phrase, vocative: pick(random, VOCATIVE_KEYS) }
      : { kind: 'phrase', phrase };
  const style = pickWeighted(random, [
    ['alone', 2],
    ['vocative', 3],
    ['then', 5],
  ] as const);
  if (style === 'alone') return { kind: 'phrase', phrase };
  if (style === 'vocative')
    return { kind: 'phrase', phrase, vocative: pick(random, VOCATIVE_KEYS) };
  const follower = pickWeighted(random, [
    ['question', PHRASES.get(phrase)!.greets ? 4 : 0],
    ['phrase', 2],
    ['statement', 6],
  ] as const);
  const then: Frame =
    follower === 'statement'
      ? sampleStatement(random)
      : {
          kind: 'phrase',
          phrase: pick(random, follower === 'question' ? QUESTION_PHRASES : STATEMENT_PHRASES),
        };
  return { kind: 'phrase', phrase, then };
}

/** A random everyday sentence: one construction, a set phrase, or two or three statements joined. */
export function sampleFrame(random: Random): Frame {
  const roll = random();
  if (roll < 0.08) return samplePhrase(random);
  if (roll >= 0.45) return sampleSimple(random);
  const count = chance(random, 0.65) ? 3 : 2;
  let frame = sampleStatement(random);
  for (let i = 1; i < count; i++) {
    const conjunction = pick(random, ['and', 'but', 'because', 'so'] as const);
    frame = { kind: 'joined', first: frame, conjunction, second: sampleStatement(random) };
  }
  return frame;
}
