import type { SentencePair } from '../structure';
import type { Degree, Frame, NounPhrase, PlaceRef, Referent } from './frames';
import {
  PHRASES,
  PLACES,
  adjectiveOf,
  nounOf,
  timeOf,
  verbOf,
  type EverydayAdjective,
  VOCATIVES,
} from './lexicon';
import {
  complementEn,
  nounPhraseEn,
  nounPhraseZh,
  placeEn,
  placeZh,
  referentEn,
  referentZh,
  verbPhraseZh,
} from './phrases';
import { beFor, clauseEn, clauseZh } from './predicate';
import { agreementOfReferent, isPluralNp } from './referent';

type Subject = Referent | 'this' | 'that';

function subjectEn(subject: Subject): string[] {
  return typeof subject === 'string' ? [subject] : referentEn(subject, 'subject');
}

function subjectZh(subject: Subject): string[] {
  if (subject === 'this') return ['这'];
  if (subject === 'that') return ['那'];
  return referentZh(subject);
}

function beOf(subject: Subject): string {
  return typeof subject === 'string' ? 'is' : beFor(agreementOfReferent(subject));
}

// Colours are classifying, not gradable: 车 是 红色 的, never 车 很 红色.
function isColour(adjective: EverydayAdjective): boolean {
  return adjective.zh.endsWith('色');
}

const DEGREE_ZH: Readonly<Record<Degree, string>> = { very: '非常', too: '太', really: '真' };

function comparativeEn(adjective: EverydayAdjective): string[] {
  return adjective.comparative === null ? ['more', adjective.en] : [adjective.comparative];
}

function superlativeEn(adjective: EverydayAdjective): string[] {
  return adjective.superlative === null ? ['most', adjective.en] : [adjective.superlative];
}

// Existence inside a building or room reads with 里: 厨房 里 有 一 只 猫; a city needs none.
function insideZh(place: PlaceRef): string[] {
  const words = placeZh(place);
  if (place.kind === 'spot') return words;
  const last = words.at(-1);
  const kind = PLACES.get(place.place)?.kind;
  const city = kind === 'city' || kind === 'here';
  return city || last === '里' || last === '上' ? words : [...words, '里'];
}

// "there is no cat", "there are no apples": "no" replaces "a" and stands before a bare plural.
function noNounPhraseEn(np: NounPhrase): string[] {
  if (np.det === 'bare') return ['no', ...nounPhraseEn(np)];
  const [, ...rest] = nounPhraseEn({ ...np, det: 'a' });
  return ['no', ...rest];
}

function frameEn(frame: Frame): string[] {
  switch (frame.kind) {
    case 'clause':
      return clauseEn(frame.subject, frame.predicate, frame.question);
    case 'copula': {
      const be = beOf(frame.subject);
      if (frame.question === 'who' || frame.question === 'what')
        return [frame.question, be, ...subjectEn(frame.subject)];
      if (frame.complement === undefined) throw new Error('a copula statement needs a complement');
      const complement = referentEn(frame.complement, 'object');
      if (frame.question === 'yes-no') return [be, ...subjectEn(frame.subject), ...complement];
      return [
        ...subjectEn(frame.subject),
        be,
        ...(frame.negated === true ? ['not'] : []),
        ...complement,
      ];
    }
    case 'adjective': {
      const be = beOf(frame.subject);
      const degree = frame.degree === undefined ? [] : [frame.degree];
      const rest = [...degree, frame.adjective, ...timeOf(frame.time).en];
      const subject = subjectEn(frame.subject);
      if (frame.question === 'yes-no') return [be, ...subject, ...rest];
      if (frame.question === 'why') return ['why', be, ...subject, ...rest];
      return [...subject, be, ...(frame.negated === true ? ['not'] : []), ...rest];
    }
    case 'location': {
      const be = beOf(frame.subject);
      const subject = subjectEn(frame.subject);
      if (frame.question === 'where') return ['where', be, ...subject];
      if (frame.question === 'yes-no') return [be, ...subject, ...placeEn(frame.place)];
      return [...subject, be, ...(frame.negated === true ? ['not'] : []), ...placeEn(frame.place)];
    }
    case 'existence': {
      const be = isPluralNp(frame.thing) ? 'are' : 'is';
      const thing =
        frame.negated === true ? noNounPhraseEn(frame.thing) : nounPhraseEn(frame.thing);
      const place = placeEn(frame.place);
      return frame.question === true
        ? [be, 'there', ...thing, ...place]
        : ['there', be, ...thing, ...place];
    }
    case 'compare':
      return [
        ...subjectEn(frame.subject),
        beOf(frame.subject),
        ...comparativeEn(adjectiveOf(frame.adjective)),
        'than',
        ...referentEn(frame.other, 'object'),
      ];
    case 'superlative':
      return [
        ...subjectEn(frame.subject),
        beOf(frame.subject),
        'the',
        ...superlativeEn(adjectiveOf(frame.adjective)),
        ...(frame.noun === undefined ? [] : [frame.noun]),
      ];
    case 'how-many': {
      const agreement = agreementOfReferent(frame.subject);
      const aux = frame.aspect === 'past' ? 'did' : agreement === 'third-singular' ? 'does' : 'do';
      return [
        'how',
        'many',
        nounOf(frame.noun).plural,
        aux,
        ...referentEn(frame.subject, 'subject'),
        verbOf(frame.verb).base,
      ];
    }
    case 'imperative': {
      const lead = { plain: [], please: ['please'], 'let us': ['let', 'us'] }[frame.style];
      const not = frame.negated === true ? ['do', 'not'] : [];
      return [...lead, ...not, verbOf(frame.vp.verb).base, ...complementEn(frame.vp)];
    }
    case 'phrase': {
      const phrase = PHRASES.get(frame.phrase);
      if (phrase === undefined) throw new Error(`no phrase "${frame.phrase}"`);
      const then = frame.then === undefined ? [] : [',', ...frameEn(frame.then)];
      if (frame.vocative === undefined) return [...phrase.en, ...then];
      // A question is asked after the name ("mom , how are you ?"), a greeting before it.
      return frame.phrase.endsWith('?')
        ? [frame.vocative, ',', ...phrase.en, ...then]
        : [...phrase.en, ',', frame.vocative, ...then];
    }
    case 'joined': {
      const comma = frame.conjunction === 'and' || frame.conjunction === 'because' ? [] : [','];
      return [...frameEn(frame.first), ...comma, frame.conjunction, ...frameEn(frame.second)];
    }
  }
}

function adjectiveZh(frame: Extract<Frame, { kind: 'adjective' }>): string[] {
  const adjective = adjectiveOf(frame.adjective);
  const time = timeOf(frame.time).zh;
  // Weather's "it" has no Chinese subject: 今天 很 冷; without a time, 天气 很 冷.
  const weather = frame.subject.kind === 'it';
  const subject = weather ? (time.length > 0 ? [] : ['天气']) : referentZh(frame.subject);
  const negated = frame.negated === true;
  if (isColour(adjective)) {
    const not = negated ? ['不'] : [];
    return [
      ...subject,
      ...time,
      ...not,
      '是',
      adjective.zh,
      '的',
      ...(frame.question === 'yes-no' ? ['吗'] : []),
    ];
  }
  const lead = [...subject, ...time];
  if (frame.question === 'yes-no') return [...lead, adjective.zh, '吗'];
  if (frame.question === 'why') return [...lead, '为什么', adjective.zh];
  if (negated) return [...lead, '不', adjective.zh];
  if (frame.degree === undefined) return [...lead, '很', adjective.zh];
  return [
    ...lead,
    DEGREE_ZH[frame.degree],
    adjective.zh,
    ...(frame.degree === 'too' ? ['了'] : []),
  ];
}

function frameZh(frame: Frame): string[] {
  switch (frame.kind) {
    case 'clause':
      return clauseZh(frame.subject, frame.predicate, frame.question);
    case 'copula': {
      const subject = subjectZh(frame.subject);
      if (frame.question === 'who') return [...subject, '是', '谁'];
      if (frame.question === 'what') return [...subject, '是', '什么'];
      if (frame.complement === undefined) throw new Error('a copula statement needs a complement');
      // "he is a doctor" → 他 是 医生: a person's role is not counted after 是.
      const person =
        frame.complement.kind === 'np' && ['person'].includes(nounOf(frame.complement.noun).cls);
      const complement = referentZh(frame.complement, {
        uncounted: person || frame.negated === true,
      });
      const not = frame.negated === true ? ['不'] : [];
      return [
        ...subject,
        ...not,
        '是',
        ...complement,
        ...(frame.question === 'yes-no' ? ['吗'] : []),
      ];
    }
    case 'adjective':
      return adjectiveZh(frame);
    case 'location': {
      const subject = referentZh(frame.subject);
      if (frame.question === 'where') return [...subject, '在', '哪里'];
      const not = frame.negated === true ? ['不'] : [];
      return [
        ...subject,
        ...not,
        '在',
        ...placeZh(frame.place),
        ...(frame.question === 'yes-no' ? ['吗'] : []),
      ];
    }
    case 'existence': {
      const uncounted = frame.negated === true || frame.question === true;
      return [
        ...insideZh(frame.place),
        frame.negated === true ? '没有' : '有',
        ...nounPhraseZh(frame.thing, { uncounted }),
        ...(frame.question === true ? ['吗'] : []),
      ];
    }
    case 'compare':
      return [
        ...subjectZh(frame.subject),
        '比',
        ...referentZh(frame.other),
        adjectiveOf(frame.adjective).zh,
      ];
    case 'superlative': {
      const adjective = adjectiveOf(frame.adjective).zh;
      if (frame.noun === undefined) return [...subjectZh(frame.subject), '最', adjective];
      return [...subjectZh(frame.subject), '是', '最', adjective, '的', nounOf(frame.noun).zh];
    }
    case 'how-many': {
      const noun = nounOf(frame.noun);
      const vp = verbPhraseZh(
        { verb: frame.verb, object: { kind: 'np', noun: frame.noun, det: 'bare' } },
        frame.aspect === 'past' ? '了' : null,
      );
      const head = vp.slice(0, -1);
      return [...referentZh(frame.subject), ...head, '几', noun.measure ?? '', noun.zh];
    }
    case 'imperative': {
      const vp = verbPhraseZh(frame.vp, null);
      const not = frame.negated === true ? ['不要'] : [];
      if (frame.style === 'let us') return ['我们', ...vp, '吧'];
      return [...(frame.style === 'please' ? ['请'] : []), ...not, ...vp];
    }
    case 'phrase': {
      const phrase = PHRASES.get(frame.phrase);
      if (phrase === undefined) throw new Error(`no phrase "${frame.phrase}"`);
      const then = frame.then === undefined ? [] : ['，', ...frameZh(frame.then)];
      if (frame.vocative === undefined) return [...phrase.zh, ...then];
      const vocative = vocativeZh(frame.vocative);
      return frame.phrase.endsWith('?')
        ? [vocative, '，', ...phrase.zh, ...then]
        : [...phrase.zh, '，', vocative, ...then];
    }
    case 'joined': {
      const word = { and: [], but: ['但是'], because: ['因为'], so: ['所以'] }[frame.conjunction];
      return [...frameZh(frame.first), '，', ...word, ...frameZh(frame.second)];
    }
  }
}

function vocativeZh(en: string): string {
  const zh = VOCATIVES.get(en);
  if (zh === undefined) throw new Error(`no vocative "${en}"`);
  return zh;
}

/** Whether a frame asks a question (and so ends with ? / ？). */
export function isQuestionFrame(frame: Frame): boolean {
  switch (frame.kind) {
    case 'clause':
    case 'copula':
    case 'adjective':
    case 'location':
    case 'existence':
      return frame.question !== undefined && frame.question !== false;
    case 'how-many':
      return true;
    case 'phrase':
      return frame.then === undefined ? frame.phrase.endsWith('?') : isQuestionFrame(frame.then);
    case 'joined':
      return isQuestionFrame(frame.first) || isQuestionFrame(frame.second);
    default:
      return false;
  }
}

/** English and Chinese tokens of an everyday sentence; a question ends with ? and ？. */
export function renderFrame(frame: Frame): SentencePair {
  const en = frameEn(frame);
  const zh = frameZh(frame);
  const phrase = frame.kind === 'phrase';
  return isQuestionFrame(frame) && !phrase ? { en: [...en, '?'], zh: [...zh, '？'] } : { en, zh };
}
