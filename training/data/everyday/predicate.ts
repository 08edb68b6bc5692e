import type { Agreement } from '../lexicon/pronouns';
import type { Modal, Predicate, Referent } from './frames';
import { FREQUENCIES, timeOf, verbOf } from './lexicon';
import { complementEn, placeEn, placeZh, referentEn, referentZh, verbPhraseZh } from './phrases';
import { agreementOfReferent } from './referent';

/** A clause's question, if any: yes/no (吗), or a wh-word kept in place (为什么, 什么时候, 什么). */
export type ClauseQuestion = 'yes-no' | 'why' | 'when' | 'what';

const BE: Readonly<Record<Agreement, string>> = {
  'first-singular': 'am',
  'third-singular': 'is',
  plural: 'are',
};

/** The form of "be" a subject takes. */
export function beFor(agreement: Agreement): string {
  return BE[agreement];
}

function frequencyOf(id: string) {
  const frequency = FREQUENCIES.get(id);
  if (frequency === undefined) throw new Error(`no frequency adverb "${id}"`);
  return frequency;
}

// The English verb group split at the auxiliary a question moves before the subject.
function verbGroupEn(
  predicate: Predicate,
  agreement: Agreement,
  inverted: boolean,
): { aux: string | null; rest: string[] } {
  const verb = verbOf(predicate.vp.verb);
  const not = predicate.negated === true ? ['not'] : [];
  const frequency = predicate.frequency === undefined ? [] : [predicate.frequency];
  const also = predicate.also === true ? ['also'] : [];
  const third = agreement === 'third-singular';
  const modal = predicate.modal;
  if (modal === 'can' || modal === 'must' || modal === 'should')
    return { aux: modal, rest: [...not, ...also, ...frequency, verb.base] };
  const doSupport = inverted || predicate.negated === true;
  if (modal === 'want' || modal === 'like') {
    const head = doSupport ? modal : third ? `${modal}s` : modal;
    return {
      aux: doSupport ? (third ? 'does' : 'do') : null,
      rest: [...not, ...also, ...frequency, head, 'to', verb.base],
    };
  }
  switch (predicate.aspect) {
    case 'progressive':
      return { aux: BE[agreement], rest: [...not, ...also, verb.ing] };
    case 'future':
      return { aux: 'will', rest: [...not, ...also, verb.base] };
    case 'going-to':
      return { aux: BE[agreement], rest: [...not, 'going', 'to', verb.base] };
    case 'experience': {
      const adverb = predicate.negated === true ? ['never'] : inverted ? ['ever'] : [];
      // "have been to china": "gone to" would mean they went and are still there.
      const participle = verb.frame === 'go' && verb.base === 'go' ? 'been' : verb.participle;
      return { aux: third ? 'has' : 'have', rest: [...adverb, participle] };
    }
    case 'present':
      return doSupport
        ? { aux: third ? 'does' : 'do', rest: [...not, ...frequency, verb.base] }
        : { aux: null, rest: [...also, ...frequency, third ? verb.third : verb.base] };
    case 'past':
      return doSupport
        ? { aux: 'did', rest: [...not, verb.base] }
        : { aux: null, rest: [...also, verb.past] };
  }
}

/** English tokens of a clause, with a question's word order but without its "?". */
export function clauseEn(
  subject: Referent,
  predicate: Predicate,
  question?: ClauseQuestion,
): string[] {
  const inverted = question !== undefined;
  const { aux, rest } = verbGroupEn(predicate, agreementOfReferent(subject), inverted);
  const before =
    predicate.aspect === 'experience' &&
    predicate.negated !== true &&
    !inverted &&
    predicate.withoutBefore !== true
      ? ['before']
      : [];
  const after = [
    ...complementEn(predicate.vp, question === 'what'),
    ...(predicate.place === undefined ? [] : placeEn(predicate.place)),
    ...timeOf(predicate.time).en,
    ...before,
  ];
  const subjectEn = referentEn(subject, 'subject');
  if (!inverted || aux === null)
    return [...subjectEn, ...(aux === null ? [] : [aux]), ...rest, ...after];
  const wh = question === 'yes-no' ? [] : [question];
  return [...wh, aux, ...subjectEn, ...rest, ...after];
}

const MODAL_ZH: Readonly<Record<Exclude<Modal, 'can'>, string>> = {
  want: '想',
  like: '喜欢',
  must: '必须',
  should: '应该',
};

// Aspect, negation and modal words between the subject (with its time) and the place and verb.
function markersZh(predicate: Predicate, question?: ClauseQuestion): string[] {
  const negated = predicate.negated === true;
  const frequency =
    predicate.frequency === undefined
      ? []
      : negated
        ? (frequencyOf(predicate.frequency).zhNegated ?? [])
        : frequencyOf(predicate.frequency).zh;
  const modal = predicate.modal;
  if (modal !== undefined) {
    const word = modal === 'can' ? verbOf(predicate.vp.verb).can : MODAL_ZH[modal];
    // "must not" forbids: 不 能, not 不 必须.
    const negatedWord = modal === 'must' ? '能' : word;
    const notYet = negated && frequency.length === 0 ? ['不'] : [];
    return [...frequency, ...notYet, negated ? negatedWord : word];
  }
  switch (predicate.aspect) {
    case 'progressive':
      if (predicate.place !== undefined) return negated ? ['没'] : ['正'];
      return negated ? ['没', '在'] : ['在'];
    case 'present':
      return [...frequency, ...(negated && frequency.length === 0 ? ['不'] : [])];
    case 'past':
      return negated ? ['没'] : [];
    case 'future':
      if (question === 'when') return [];
      return negated ? ['不', '会'] : ['会'];
    case 'going-to':
      return negated ? ['不', '会'] : ['要'];
    case 'experience':
      if (negated) return ['从来', '没'];
      return question === undefined && predicate.withoutBefore !== true ? ['以前'] : [];
  }
}

const WH_ZH: Readonly<Record<'why' | 'when', string>> = { why: '为什么', when: '什么时候' };

/** Chinese tokens of a clause: subject, 也, time, wh-word, markers, 在-place, verb phrase, 吗. */
export function clauseZh(
  subject: Referent,
  predicate: Predicate,
  question?: ClauseQuestion,
): string[] {
  const negated = predicate.negated === true;
  const aspect = predicate.aspect;
  const particle =
    aspect === 'experience'
      ? '过'
      : aspect === 'past' && !negated && predicate.modal === undefined
        ? '了'
        : null;
  // "a" is not counted under negation, in a question or after "never": 从来 不 开 车.
  const uncounted = negated || question === 'yes-no' || predicate.frequency === 'never';
  const vp = verbPhraseZh(predicate.vp, particle, { uncounted }, question === 'what');
  // 有 is negated as 没有.
  const plainHave =
    aspect === 'present' && negated && predicate.modal === undefined && vp[0] === '有';
  const markers = plainHave ? [] : markersZh(predicate, question);
  const verb = plainHave ? ['没有', ...vp.slice(1)] : vp;
  const place = predicate.place === undefined ? [] : ['在', ...placeZh(predicate.place)];
  return [
    ...referentZh(subject),
    ...(predicate.also === true ? ['也'] : []),
    ...timeOf(predicate.time).zh,
    ...(question === 'why' || question === 'when' ? [WH_ZH[question]] : []),
    ...markers,
    ...place,
    ...verb,
    ...(question === 'yes-no' ? ['吗'] : []),
  ];
}
