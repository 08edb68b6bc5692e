/** One training example as ids: source and target tokens, no special tokens. */
export interface Example {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
}
