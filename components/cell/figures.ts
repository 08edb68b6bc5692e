import attentionSource from '../../src/engine/attention.ts?raw';
import softLookupSource from '../widgets/qkv/soft-lookup.ts?raw';
import whyScaleSource from '../widgets/qkv/why-scale.ts?raw';
import multiHeadSource from '../widgets/multi-head/multi-head.ts?raw';
import masksSource from '../widgets/masks/masks.ts?raw';
import positionalSource from '../../src/engine/positional.ts?raw';

/** What a Cell knows about a figure: the TypeScript its widget runs, once the widget is live. */
export interface FigureInfo {
  readonly code?: string;
}

/** The figures a Cell can hold: the six pictures of the seed article, then the course's own. */
export const figures = {
  'encoder-decoder': {},
  'translation-example': {},
  'attention-context': {},
  'attention-calc': { code: attentionSource },
  'why-scale': { code: whyScaleSource },
  'soft-lookup': { code: softLookupSource },
  'multi-head': { code: multiHeadSource },
  'transformer-architecture': {},
  'engine-demo': { code: attentionSource },
  masks: { code: masksSource },
  'positional-encoding': { code: positionalSource },
} as const satisfies Record<string, FigureInfo>;

/** The id of a figure a Cell can hold. */
export type FigureId = keyof typeof figures;

/** Type guard for a figure id written in MDX. */
export function isFigureId(value: string): value is FigureId {
  return Object.hasOwn(figures, value);
}
