import type { PossessiveId } from '../lexicon/determiners';
import type { PronounId } from '../lexicon/pronouns';

/** What opens a noun phrase: an article, a demonstrative, a possessive, or a number 1..100. */
export type EverydayDeterminer = 'a' | 'the' | 'bare' | 'this' | 'that' | PossessiveId | number;

/** A noun phrase of the everyday lexicon: "two red apples", "my mother", "the man who is reading". */
export interface NounPhrase {
  readonly kind: 'np';
  readonly noun: string;
  readonly det: EverydayDeterminer;
  /** Plural with "the", "this"/"that" and possessives. */
  readonly plural?: boolean;
  readonly adjective?: string;
  readonly relative?: Relative;
}

/** A relative clause on "the": "who is reading a newspaper" (subject gap) or "that i bought" (object gap). */
export interface Relative {
  readonly gap: 'subject' | 'object';
  readonly verb: string;
  readonly aspect: 'progressive' | 'present' | 'past';
  /** The object of a subject-gap clause, or the subject of an object-gap one. */
  readonly other?: Referent;
}

/** Someone or something named: a noun phrase, a pronoun, a name, or weather's "it". */
export type Referent =
  | NounPhrase
  | { readonly kind: 'pronoun'; readonly pronoun: PronounId }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'it' };

/** A place: "at school", "in my room", or a spot by a thing: "on the table", "under the bed". */
export type PlaceRef =
  | { readonly kind: 'place'; readonly place: string; readonly owner?: PossessiveId }
  | {
      readonly kind: 'spot';
      readonly relation: 'on' | 'in' | 'under' | 'next to' | 'behind';
      readonly thing: NounPhrase;
    };

/** What a verb does to: an object, a destination ("to school"), or a recipient and a thing (give her a book). */
export interface VerbPhrase {
  readonly verb: string;
  readonly object?: Referent;
  readonly destination?: PlaceRef;
  readonly recipient?: Referent;
}

/** Tense and aspect; `experience` is "have … before / ever / never" → 过; `going-to` is 要. */
export type EverydayAspect =
  'present' | 'progressive' | 'past' | 'future' | 'going-to' | 'experience';

/** A modal or catenative before the verb: 想, 喜欢, 会/能, 必须, 应该. */
export type Modal = 'want' | 'like' | 'can' | 'must' | 'should';

/** A verb phrase in a tense, possibly negated, with a modal, frequency, time, place or "also". */
export interface Predicate {
  readonly vp: VerbPhrase;
  readonly aspect: EverydayAspect;
  readonly modal?: Modal;
  readonly negated?: boolean;
  readonly frequency?: string;
  readonly time?: string;
  readonly place?: PlaceRef;
  readonly also?: boolean;
  /** An experience statement without "before" / 以前: "i have been to china" → 我 去 过 中国. */
  readonly withoutBefore?: boolean;
}

/** A degree word before a predicate adjective: very → 非常, too → 太 … 了, really → 真. */
export type Degree = 'very' | 'too' | 'really';

/** One everyday sentence, by construction. */
export type Frame =
  | {
      readonly kind: 'clause';
      readonly subject: Referent;
      readonly predicate: Predicate;
      readonly question?: 'yes-no' | 'why' | 'when' | 'what';
    }
  | {
      readonly kind: 'copula';
      readonly subject: Referent | 'this' | 'that';
      /** What the subject is; absent when it is asked (who / what). */
      readonly complement?: Referent;
      readonly negated?: boolean;
      readonly question?: 'yes-no' | 'who' | 'what';
    }
  | {
      readonly kind: 'adjective';
      readonly subject: Referent;
      readonly adjective: string;
      readonly degree?: Degree;
      readonly negated?: boolean;
      readonly time?: string;
      readonly question?: 'yes-no' | 'why';
    }
  | {
      readonly kind: 'location';
      readonly subject: Referent;
      readonly place: PlaceRef;
      readonly negated?: boolean;
      readonly question?: 'yes-no' | 'where';
    }
  | {
      readonly kind: 'existence';
      readonly thing: NounPhrase;
      readonly place: PlaceRef;
      readonly negated?: boolean;
      readonly question?: boolean;
    }
  | {
      readonly kind: 'compare';
      readonly subject: Referent;
      readonly adjective: string;
      readonly other: Referent;
    }
  | {
      readonly kind: 'superlative';
      readonly subject: Referent | 'this' | 'that';
      readonly adjective: string;
      /** "the biggest apple"; without it, "she is the tallest". */
      readonly noun?: string;
    }
  | {
      readonly kind: 'how-many';
      readonly subject: Referent;
      readonly verb: string;
      readonly noun: string;
      readonly aspect: 'present' | 'past';
    }
  | {
      readonly kind: 'imperative';
      readonly vp: VerbPhrase;
      readonly style: 'plain' | 'please' | 'let us';
      readonly negated?: boolean;
    }
  | {
      readonly kind: 'phrase';
      readonly phrase: string;
      /** Who is addressed: "thank you , teacher" → 谢谢 你 ， 老师; "mom , how are you ?" → 妈妈 ， 你 好 吗 ？. */
      readonly vocative?: string;
      /** What follows: "sorry , i do not know" → 对不起 ， 我 不 知道. */
      readonly then?: Frame;
    }
  | {
      readonly kind: 'joined';
      readonly first: Frame;
      readonly conjunction: 'and' | 'but' | 'because' | 'so';
      readonly second: Frame;
    };
