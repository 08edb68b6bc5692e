import { NOUNS, type NounId, type NounTag } from './lexicon/nouns';
import { PRONOUNS, type Agreement } from './lexicon/pronouns';
import type { Clause, NounPhrase, PronounPhrase, Referents, What, Who } from './structure';

/** Whether a participant is a wh-word rather than noun phrases or pronouns. */
export function isWh(participant: Referents | Who | What): participant is Who | What {
  return 'wh' in participant;
}

/** Whether a referent is a pronoun rather than a noun phrase. */
export function isPronoun(phrase: NounPhrase | PronounPhrase): phrase is PronounPhrase {
  return 'pronoun' in phrase;
}

/** Whether a noun phrase denotes more than one thing (and so takes English plural forms). */
export function isPlural(np: NounPhrase): boolean {
  switch (np.det) {
    case 'a':
    case 'one':
      return false;
    case 'two':
    case 'three':
      return true;
    case 'bare':
      return NOUNS[np.noun].measure !== null;
    default:
      return np.plural === true;
  }
}

/** The English verb agreement a subject calls for. */
export function agreementOf(subject: Referents | Who): Agreement {
  if (isWh(subject)) return 'third-singular';
  const [only, second] = subject;
  if (only === undefined || second !== undefined) return 'plural';
  if (isPronoun(only)) return PRONOUNS[only.pronoun].agreement;
  return isPlural(only) ? 'plural' : 'third-singular';
}

/** The wh-word a clause asks with, if any. */
export function whOf(clause: Clause): 'who' | 'what' | 'where' | null {
  if (isWh(clause.subject)) return 'who';
  if (clause.object !== undefined && isWh(clause.object)) return 'what';
  return clause.place === 'where' ? 'where' : null;
}

/** Whether a clause is asked rather than stated. */
export function isQuestion(clause: Clause): boolean {
  return clause.question === true || whOf(clause) !== null;
}

/** Whether a noun names an animal (a dog 跑, it does not 跑步). */
export function isAnimal(noun: NounId): boolean {
  const tags: readonly NounTag[] = NOUNS[noun].tags;
  return tags.includes('animal');
}
