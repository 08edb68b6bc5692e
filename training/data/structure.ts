import type { AdjectiveId } from './lexicon/adjectives';
import type { Determiner, PossessiveId } from './lexicon/determiners';
import type { ContainerId, NounId } from './lexicon/nouns';
import type { PlaceId } from './lexicon/places';
import type { PronounId } from './lexicon/pronouns';
import type { FrequencyId, TimeId } from './lexicon/times';
import type { Aspect, VerbId } from './lexicon/verbs';

/** A noun phrase: "two big green apples", "a cup of hot tea", "my books". */
export interface NounPhrase {
  readonly noun: NounId;
  readonly det: Determiner;
  /** Plural with "the", "this"/"that" (these/those) and possessives; implied by numerals above one and "bare" count nouns. */
  readonly plural?: boolean;
  readonly adjectives?: readonly AdjectiveId[];
  /** Counts a mass noun: "a *cup* of tea". */
  readonly container?: ContainerId;
}

/** A personal pronoun used as subject or object. */
export interface PronounPhrase {
  readonly pronoun: PronounId;
}

/** One or two (joined by "and" / 和) noun phrases or pronouns. */
export type Referents = readonly (NounPhrase | PronounPhrase)[];

/** The questioned subject of a wh-question: "who is eating ?" → 谁 在 吃饭 ？ */
export interface Who {
  readonly wh: 'who';
}

/** The questioned object of a wh-question: "what is she eating ?" → 她 在 吃 什么 ？ */
export interface What {
  readonly wh: 'what';
}

/** "in the kitchen", "in my room", or the questioned "where". */
export type PlacePhrase = { readonly place: PlaceId; readonly owner?: PossessiveId } | 'where';

/** One clause; it is a question if `question` is set or it holds a wh-word. */
export interface Clause {
  readonly subject: Referents | Who;
  readonly verb: VerbId;
  readonly object?: Referents | What;
  readonly aspect: Aspect;
  readonly negated?: boolean;
  readonly place?: PlacePhrase;
  readonly time?: TimeId;
  /** Only rendered in the simple present. */
  readonly frequency?: FrequencyId;
  readonly question?: boolean;
}

/** How two clauses are joined: "and" → ，, "but" → ， 但是, "and then" → ， 然后. */
export type Conjunction = 'and' | 'but' | 'and then';

/** A sentence: a clause, optionally followed by conjoined clauses. */
export interface Sentence {
  readonly first: Clause;
  readonly rest?: readonly { readonly conjunction: Conjunction; readonly clause: Clause }[];
}

/** A rendered sentence pair: English and Chinese word tokens. */
export interface SentencePair {
  readonly en: readonly string[];
  readonly zh: readonly string[];
}
