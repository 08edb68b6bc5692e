import type { ModelKind } from '../../src/models/seq2seq';

/** A model the reader trained in the page and chose to use: its weights file and where it stood. */
export interface YourModel {
  readonly bytes: Uint8Array;
  readonly kind: ModelKind;
  readonly step: number;
}

/** The page's own trained model, once the reader pressed "Use my model"; translating cells offer it. */
export const yourModel = $state<{ current: YourModel | undefined }>({ current: undefined });
