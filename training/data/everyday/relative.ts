import type { NounPhrase, Relative } from './frames';
import { agreementOfReferent, isPerson, isPluralNp, referentEn, referentZh } from './noun-phrase';
import { complementEn, verbOf, verbPhraseZh } from './verb-phrase';

function be(plural: boolean, first: boolean): string {
  return first ? 'am' : plural ? 'are' : 'is';
}

/** English of a relative clause on `head`: "who is reading a newspaper", "that i bought". */
export function relativeEn(relative: Relative, head: NounPhrase): string[] {
  const verb = verbOf(relative.verb);
  if (relative.gap === 'subject') {
    const plural = isPluralNp(head);
    const object =
      relative.other === undefined
        ? []
        : complementEn({ verb: relative.verb, object: relative.other });
    const words = {
      progressive: [be(plural, false), verb.ing],
      present: [plural ? verb.base : verb.third],
      past: [verb.past],
    }[relative.aspect];
    return [isPerson(head) ? 'who' : 'that', ...words, ...object];
  }
  if (relative.other === undefined) throw new Error('an object relative clause needs a subject');
  const agreement = agreementOfReferent(relative.other);
  const words = {
    progressive: [be(agreement === 'plural', agreement === 'first-singular'), verb.ing],
    present: [agreement === 'third-singular' ? verb.third : verb.base],
    past: [verb.past],
  }[relative.aspect];
  return ['that', ...referentEn(relative.other, 'subject'), ...words];
}

/** Chinese of a relative clause, before its 的: 在 看 报纸, 我 买. */
export function relativeZh(relative: Relative): string[] {
  if (relative.gap === 'subject') {
    const vp =
      relative.other === undefined
        ? { verb: relative.verb }
        : { verb: relative.verb, object: relative.other };
    const progressive = relative.aspect === 'progressive' ? ['在'] : [];
    return [...progressive, ...verbPhraseZh(vp, relative.aspect === 'past' ? '了' : null)];
  }
  if (relative.other === undefined) throw new Error('an object relative clause needs a subject');
  const verb = verbOf(relative.verb);
  if (verb.zh === null) throw new Error(`"${verb.base}" takes no object`);
  const progressive = relative.aspect === 'progressive' ? ['在'] : [];
  return [...referentZh(relative.other), ...progressive, verb.zh];
}
