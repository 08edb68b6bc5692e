/** The figures of the seed article, each filled by a Cell in the chapters. */
export const figureIds = [
  'encoder-decoder',
  'translation-example',
  'attention-context',
  'attention-calc',
  'multi-head',
  'transformer-architecture',
] as const;

/** The id of a figure a Cell can hold. */
export type FigureId = (typeof figureIds)[number];

/** Type guard for a figure id written in MDX. */
export function isFigureId(value: string): value is FigureId {
  return figureIds.some((id) => id === value);
}
