import { ADJECTIVES } from './lexicon/adjectives';
import { NUMERALS, POSSESSIVES, isNumeral, isPossessive } from './lexicon/determiners';
import { CONTAINERS, NOUNS, type NounTag } from './lexicon/nouns';
import { PLACES } from './lexicon/places';
import { PRONOUNS } from './lexicon/pronouns';
import { FREQUENCIES, TIMES } from './lexicon/times';
import { VERBS } from './lexicon/verbs';
import { isAnimal, isPlural, isPronoun, isQuestion, isWh, whOf } from './participants';
import type {
  Clause,
  Conjunction,
  NounPhrase,
  PlacePhrase,
  Referents,
  Sentence,
} from './structure';

function measureOf(np: NounPhrase): string {
  const measure = np.container === undefined ? NOUNS[np.noun].measure : CONTAINERS[np.container].zh;
  if (measure === null) throw new Error(`"${np.noun}" is a mass noun: count it with a container`);
  return measure;
}

function determinerZh(np: NounPhrase, negated: boolean): string[] {
  const { det } = np;
  // Under negation "a" is not counted: "she did not buy a book" → 她 没 买 书.
  if (det === 'a') return negated ? [] : ['一', measureOf(np)];
  if (isNumeral(det)) return [NUMERALS[det], measureOf(np)];
  // Close kin drop 的: 我 妈妈, as the everyday constructions write it.
  if (isPossessive(det)) {
    const owner = PRONOUNS[POSSESSIVES[det]].zh;
    const tags: readonly NounTag[] = NOUNS[np.noun].tags;
    return tags.includes('kin') ? [owner] : [owner, '的'];
  }
  if (det === 'this') return isPlural(np) ? ['这些'] : ['这', measureOf(np)];
  if (det === 'that') return isPlural(np) ? ['那些'] : ['那', measureOf(np)];
  return [];
}

/** A 的-adjective before its noun: one syllable needs a degree word (一 辆 很 贵 的 车). */
export function attributiveZh(zh: string): string[] {
  return [...zh].length === 1 ? ['很', zh] : [zh];
}

/**
 * Chinese tokens of a noun phrase. "the" adds nothing ("the apple" → 苹果); 的-adjectives come
 * before bare ones ("a big green apple" → 一 个 绿色 的 大 苹果); people in a definite plural take 们;
 * in a negated clause "a" is not counted.
 */
export function nounPhraseZh(np: NounPhrase, negated = false): string[] {
  const noun = NOUNS[np.noun];
  const adjectives = np.adjectives ?? [];
  const withDe = adjectives
    .filter((id) => ADJECTIVES[id].takesDe)
    .flatMap((id) => [...attributiveZh(ADJECTIVES[id].zh), '的']);
  const bare = adjectives.filter((id) => !ADJECTIVES[id].takesDe).map((id) => ADJECTIVES[id].zh);
  const definitePeople =
    isPlural(np) && (np.det === 'the' || isPossessive(np.det)) && noun.tags.includes('human');
  return [
    ...determinerZh(np, negated),
    ...withDe,
    ...bare,
    noun.zh,
    ...(definitePeople ? ['们'] : []),
  ];
}

function referentsZh(referents: Referents, negated: boolean): string[] {
  return referents.flatMap((phrase, i) => [
    ...(i > 0 ? ['和'] : []),
    ...(isPronoun(phrase) ? [PRONOUNS[phrase.pronoun].zh] : nounPhraseZh(phrase, negated)),
  ]);
}

function placeZh(place: PlacePhrase): string[] {
  if (place === 'where') return ['在', '哪里'];
  const { zh, localizer } = PLACES[place.place];
  const owner = place.owner === undefined ? [] : [PRONOUNS[POSSESSIVES[place.owner]].zh, '的'];
  return ['在', ...owner, zh, ...(localizer === '' ? [] : [localizer])];
}

// Aspect and negation markers between the subject (with its time phrase) and the place phrase.
function markers(clause: Clause): string[] {
  const negated = clause.negated === true;
  const hasPlace = clause.place !== undefined;
  switch (clause.aspect) {
    case 'progressive':
      // The place phrase's 在 also marks progress, so 在 is not doubled: 她 正 在 厨房 吃饭.
      if (negated) return hasPlace ? ['没'] : ['没', '在'];
      if (!hasPlace) return ['在'];
      return clause.place === 'where' ? [] : ['正'];
    case 'present': {
      const frequency = clause.frequency === undefined ? [] : FREQUENCIES[clause.frequency].zh;
      return [...frequency, ...(negated && VERBS[clause.verb].zhNegated === null ? ['不'] : [])];
    }
    case 'past':
      return negated ? ['没'] : [];
    case 'future':
      return negated ? ['不', '会'] : ['会'];
  }
}

/** The Chinese verb of a clause: chosen by its first object noun, or by an animal subject when alone. */
export function verbZh(clause: Clause): string | null {
  const verb = VERBS[clause.verb];
  if (clause.object === undefined) {
    const animal =
      !isWh(clause.subject) &&
      clause.subject.some((phrase) => !isPronoun(phrase) && isAnimal(phrase.noun));
    return animal && verb.zhAloneAnimal !== null ? verb.zhAloneAnimal : verb.zhAlone;
  }
  const [first] = isWh(clause.object) ? [] : clause.object;
  const chosen = first === undefined || isPronoun(first) ? undefined : verb.zhFor[first.noun];
  return chosen ?? verb.zh;
}

function verbPhraseZh(clause: Clause): string[] {
  const verb = VERBS[clause.verb];
  const negated = clause.negated === true;
  // "never" negates too: "she never eats an apple" → 她 从来 不 吃 苹果, not 一 个 苹果.
  const uncounted = negated || clause.frequency === 'never';
  const object =
    clause.object === undefined
      ? null
      : isWh(clause.object)
        ? ['什么']
        : referentsZh(clause.object, uncounted);
  const word = verbZh(clause);
  if (word === null)
    throw new Error(
      `"${clause.verb}" cannot be used ${object === null ? 'without' : 'with'} an object`,
    );
  const head =
    clause.aspect === 'present' && negated && verb.zhNegated !== null ? verb.zhNegated : word;
  // 了 marks a completed event right after the verb; negated past uses 没 and no 了.
  const le = clause.aspect === 'past' && !negated ? ['了'] : [];
  return [head, ...le, ...(object ?? [])];
}

// "she does not read every day" denies the habit, not each day: 她 不是 每天 都 看书.
function deniesHabit(clause: Clause): boolean {
  return (
    clause.aspect === 'present' &&
    clause.negated === true &&
    clause.time !== undefined &&
    TIMES[clause.time].rank === null
  );
}

/** Chinese tokens of one clause, without final punctuation. */
export function clauseZh(clause: Clause): string[] {
  const subject = isWh(clause.subject) ? ['谁'] : referentsZh(clause.subject, false);
  const yesNo = clause.question === true && whOf(clause) === null;
  const time = clause.time === undefined ? [] : TIMES[clause.time].zh;
  const timed = deniesHabit(clause) ? ['不是', ...time, '都'] : [...time, ...markers(clause)];
  return [
    ...subject,
    ...timed,
    ...(clause.place === undefined ? [] : placeZh(clause.place)),
    ...verbPhraseZh(clause),
    ...(yesNo ? ['吗'] : []),
  ];
}

const CONJUNCTIONS_ZH: Readonly<Record<Conjunction, readonly string[]>> = {
  and: ['，'],
  but: ['，', '但是'],
  'and then': ['，', '然后'],
};

/** Chinese tokens of a sentence; clauses are joined by a comma (never 和), questions end with ？. */
export function sentenceZh(sentence: Sentence): string[] {
  const clauses = [sentence.first, ...(sentence.rest ?? []).map(({ clause }) => clause)];
  const tokens = [
    ...clauseZh(sentence.first),
    ...(sentence.rest ?? []).flatMap(({ conjunction, clause }) => [
      ...CONJUNCTIONS_ZH[conjunction],
      ...clauseZh(clause),
    ]),
  ];
  return clauses.some(isQuestion) ? [...tokens, '？'] : tokens;
}
