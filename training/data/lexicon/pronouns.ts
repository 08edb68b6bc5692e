/** Grammatical person and number, as English verb agreement needs it. */
export type Agreement = 'first-singular' | 'third-singular' | 'plural';

/** A personal pronoun in its subject and object forms; Chinese uses one form for both. */
export interface Pronoun {
  readonly subject: string;
  readonly object: string;
  readonly possessive: string;
  readonly zh: string;
  readonly agreement: Agreement;
}

/** Every personal pronoun, by id; "you" is always the singular 你. */
export const PRONOUNS = {
  i: { subject: 'i', object: 'me', possessive: 'my', zh: '我', agreement: 'first-singular' },
  you: { subject: 'you', object: 'you', possessive: 'your', zh: '你', agreement: 'plural' },
  he: { subject: 'he', object: 'him', possessive: 'his', zh: '他', agreement: 'third-singular' },
  she: { subject: 'she', object: 'her', possessive: 'her', zh: '她', agreement: 'third-singular' },
  we: { subject: 'we', object: 'us', possessive: 'our', zh: '我们', agreement: 'plural' },
  they: { subject: 'they', object: 'them', possessive: 'their', zh: '他们', agreement: 'plural' },
} as const satisfies Record<string, Pronoun>;

/** The id of a pronoun in {@link PRONOUNS}. */
export type PronounId = keyof typeof PRONOUNS;
