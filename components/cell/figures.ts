import attentionSource from '../../src/engine/attention.ts?raw';
import softLookupSource from '../widgets/qkv/soft-lookup.ts?raw';
import whyScaleSource from '../widgets/qkv/why-scale.ts?raw';
import multiHeadSource from '../widgets/multi-head/multi-head.ts?raw';
import masksSource from '../widgets/masks/masks.ts?raw';
import positionalSource from '../../src/engine/positional.ts?raw';
import translateSource from '../widgets/translate/translate.ts?raw';
import alignmentSource from '../widgets/alignment/alignment.ts?raw';
import bottleneckSource from '../widgets/bottleneck/bottleneck.ts?raw';
import decodeRunSource from '../widgets/decoding/decode-run.ts?raw';
import rnnTimelineSource from '../widgets/decoding/rnn-timeline.ts?raw';
import architectureSource from '../widgets/decoding/architecture.ts?raw';
import trainerSource from '../../src/learn/trainer.ts?raw';

/** What a Cell knows about a figure: the TypeScript its widget runs, once the widget is live. */
export interface FigureInfo {
  readonly code?: string;
}

/** The figures a Cell can hold: the six pictures of the seed article, then the course's own. */
export const figures = {
  'encoder-decoder': { code: rnnTimelineSource },
  'translation-example': { code: translateSource },
  'attention-context': { code: alignmentSource },
  'attention-calc': { code: attentionSource },
  'why-scale': { code: whyScaleSource },
  'soft-lookup': { code: softLookupSource },
  'multi-head': { code: multiHeadSource },
  'transformer-architecture': { code: architectureSource },
  'engine-demo': { code: attentionSource },
  masks: { code: masksSource },
  'positional-encoding': { code: positionalSource },
  translate: { code: translateSource },
  bottleneck: { code: bottleneckSource },
  'decoding-stepper': { code: decodeRunSource },
  'train-yourself': { code: trainerSource },
} as const satisfies Record<string, FigureInfo>;

/** The id of a figure a Cell can hold. */
export type FigureId = keyof typeof figures;

/** Type guard for a figure id written in MDX. */
export function isFigureId(value: string): value is FigureId {
  return Object.hasOwn(figures, value);
}
