/** Reserved tokens, at ids 0–3 in every vocabulary. */
export const SPECIAL_TOKENS = ['<pad>', '<bos>', '<eos>', '<unk>'] as const;

/** Id of the padding token. */
export const PAD_ID = 0;
/** Id of the beginning-of-sequence token. */
export const BOS_ID = 1;
/** Id of the end-of-sequence token. */
export const EOS_ID = 2;
/** Id every unknown token maps to. */
export const UNK_ID = 3;

/** The JSON form of a vocabulary: tokens in id order, special tokens first. */
export interface VocabularyJSON {
  readonly tokens: readonly string[];
}

/** A bijection between tokens and integer ids, with <pad>=0, <bos>=1, <eos>=2, <unk>=3. */
export class Vocabulary {
  readonly #tokens: readonly string[];
  readonly #ids: ReadonlyMap<string, number>;

  private constructor(tokens: readonly string[]) {
    this.#tokens = tokens;
    this.#ids = new Map(tokens.map((token, id) => [token, id]));
  }

  /** Builds a vocabulary from tokenized sentences; more frequent tokens get smaller ids, ties in code-point order. */
  static fromSentences(sentences: Iterable<readonly string[]>): Vocabulary {
    const counts = new Map<string, number>();
    for (const sentence of sentences) {
      for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1);
    }
    for (const special of SPECIAL_TOKENS) counts.delete(special);
    const ordered = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    return new Vocabulary([...SPECIAL_TOKENS, ...ordered.map(([token]) => token)]);
  }

  /** Restores a vocabulary from {@link Vocabulary.toJSON} output, checking its shape. */
  static fromJSON(json: unknown): Vocabulary {
    const tokens: unknown =
      typeof json === 'object' && json !== null && 'tokens' in json ? json.tokens : undefined;
    if (!Array.isArray(tokens) || !tokens.every((token) => typeof token === 'string')) {
      throw new TypeError('a vocabulary must be { tokens: string[] }');
    }
    if (SPECIAL_TOKENS.some((special, id) => tokens[id] !== special)) {
      throw new TypeError(`a vocabulary must start with ${SPECIAL_TOKENS.join(' ')}`);
    }
    if (new Set(tokens).size !== tokens.length)
      throw new TypeError('a vocabulary must not repeat tokens');
    return new Vocabulary(tokens);
  }

  /** The JSON-serializable form. */
  toJSON(): VocabularyJSON {
    return { tokens: this.#tokens };
  }

  /** Number of tokens, special tokens included. */
  get size(): number {
    return this.#tokens.length;
  }

  /** The ordinary (non-special) tokens in id order. */
  get words(): readonly string[] {
    return this.#tokens.slice(SPECIAL_TOKENS.length);
  }

  /** Whether the token is in the vocabulary. */
  has(token: string): boolean {
    return this.#ids.has(token);
  }

  /** The token's id, or {@link UNK_ID}. */
  id(token: string): number {
    return this.#ids.get(token) ?? UNK_ID;
  }

  /** The token with this id; throws on an id out of range. */
  token(id: number): string {
    const token = this.#tokens[id];
    if (token === undefined) throw new RangeError(`no token has id ${id}`);
    return token;
  }

  /** Ids of the tokens, optionally wrapped in <bos> … <eos>. */
  encode(
    tokens: readonly string[],
    wrap: { readonly bos?: boolean; readonly eos?: boolean } = {},
  ): number[] {
    return [
      ...(wrap.bos === true ? [BOS_ID] : []),
      ...tokens.map((token) => this.id(token)),
      ...(wrap.eos === true ? [EOS_ID] : []),
    ];
  }

  /** Tokens of model output: stops at the first <eos>, skips <pad> and <bos>. */
  decode(ids: readonly number[]): string[] {
    const end = ids.indexOf(EOS_ID);
    return (end === -1 ? ids : ids.slice(0, end))
      .filter((id) => id !== PAD_ID && id !== BOS_ID)
      .map((id) => this.token(id));
  }
}
