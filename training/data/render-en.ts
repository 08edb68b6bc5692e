import { ADJECTIVES } from './lexicon/adjectives';
import { CONTAINERS, NOUNS } from './lexicon/nouns';
import { PLACES } from './lexicon/places';
import { PRONOUNS, type Agreement } from './lexicon/pronouns';
import { FREQUENCIES, TIMES } from './lexicon/times';
import { VERBS } from './lexicon/verbs';
import { agreementOf, isPlural, isPronoun, isQuestion, isWh, whOf } from './participants';
import type {
  Clause,
  Conjunction,
  NounPhrase,
  PlacePhrase,
  Referents,
  Sentence,
} from './structure';

/** English tokens of a noun phrase: "two big green apples", "a cup of hot tea". */
export function nounPhraseEn(np: NounPhrase): string[] {
  const noun = NOUNS[np.noun];
  const plural = isPlural(np);
  const adjectives = [...(np.adjectives ?? [])]
    .sort((a, b) => ADJECTIVES[a].order - ADJECTIVES[b].order)
    .map((id) => ADJECTIVES[id].en);
  const body =
    np.container === undefined
      ? [...adjectives, plural ? noun.plural : noun.en]
      : [
          plural ? CONTAINERS[np.container].plural : CONTAINERS[np.container].en,
          'of',
          ...adjectives,
          noun.en,
        ];
  switch (np.det) {
    case 'bare':
      return body;
    case 'a':
      return [/^[aeiou]/.test(body[0] ?? '') ? 'an' : 'a', ...body];
    case 'this':
      return [plural ? 'these' : 'this', ...body];
    case 'that':
      return [plural ? 'those' : 'that', ...body];
    default:
      return [np.det, ...body];
  }
}

function referentsEn(referents: Referents, role: 'subject' | 'object'): string[] {
  return referents.flatMap((phrase, i) => [
    ...(i > 0 ? ['and'] : []),
    ...(isPronoun(phrase) ? [PRONOUNS[phrase.pronoun][role]] : nounPhraseEn(phrase)),
  ]);
}

function placeEn(place: PlacePhrase): string[] {
  if (place === 'where') return [];
  const { preposition, en, article } = PLACES[place.place];
  return [preposition, ...(article ? [place.owner ?? 'the'] : []), en];
}

// The verb group split at its auxiliary, which questions move before the subject.
function verbGroup(
  clause: Clause,
  agreement: Agreement,
  inverted: boolean,
): { aux: string | null; rest: string[] } {
  const [base, third, ing, past] = VERBS[clause.verb].forms;
  const not = clause.negated === true ? ['not'] : [];
  switch (clause.aspect) {
    case 'progressive':
      return {
        aux: { 'first-singular': 'am', 'third-singular': 'is', plural: 'are' }[agreement],
        rest: [...not, ing],
      };
    case 'future':
      return { aux: 'will', rest: [...not, base] };
    case 'present': {
      const frequency = clause.frequency === undefined ? [] : [FREQUENCIES[clause.frequency].en];
      const needsDo = inverted || clause.negated === true;
      if (!needsDo)
        return { aux: null, rest: [...frequency, agreement === 'third-singular' ? third : base] };
      return {
        aux: agreement === 'third-singular' ? 'does' : 'do',
        rest: [...not, ...frequency, base],
      };
    }
    case 'past':
      return inverted || clause.negated === true
        ? { aux: 'did', rest: [...not, base] }
        : { aux: null, rest: [past] };
  }
}

/** English tokens of one clause, without final punctuation. */
export function clauseEn(clause: Clause): string[] {
  const particle = VERBS[clause.verb].particle;
  const object =
    clause.object === undefined || isWh(clause.object) ? [] : referentsEn(clause.object, 'object');
  const after = [
    ...(particle === null ? [] : [particle]),
    ...object,
    ...(clause.place === undefined ? [] : placeEn(clause.place)),
    ...(clause.time === undefined ? [] : TIMES[clause.time].en),
  ];
  const agreement = agreementOf(clause.subject);
  if (isWh(clause.subject)) {
    const { aux, rest } = verbGroup(clause, agreement, false);
    return ['who', ...(aux === null ? [] : [aux]), ...rest, ...after];
  }
  const subject = referentsEn(clause.subject, 'subject');
  const inverted = isQuestion(clause);
  const { aux, rest } = verbGroup(clause, agreement, inverted);
  if (!inverted || aux === null)
    return [...subject, ...(aux === null ? [] : [aux]), ...rest, ...after];
  const wh = whOf(clause);
  return [...(wh === null ? [] : [wh]), aux, ...subject, ...rest, ...after];
}

const CONJUNCTIONS_EN: Readonly<Record<Conjunction, readonly string[]>> = {
  and: ['and'],
  but: [',', 'but'],
  'and then': ['and', 'then'],
};

/** English tokens of a sentence; questions end with "?", statements with nothing. */
export function sentenceEn(sentence: Sentence): string[] {
  const clauses = [sentence.first, ...(sentence.rest ?? []).map(({ clause }) => clause)];
  const tokens = [
    ...clauseEn(sentence.first),
    ...(sentence.rest ?? []).flatMap(({ conjunction, clause }) => [
      ...CONJUNCTIONS_EN[conjunction],
      ...clauseEn(clause),
    ]),
  ];
  return clauses.some(isQuestion) ? [...tokens, '?'] : tokens;
}
