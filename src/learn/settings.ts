import type { ModelSpec } from '../models/model-spec';
import type { ModelKind } from '../models/seq2seq';

/** What the reader chooses before training: the model, its width, heads, learning rate and seed. */
export interface TrainSettings {
  readonly kind: ModelKind;
  /** Embedding and hidden size of the GRUs, d_model of the Transformer. */
  readonly width: number;
  /** Attention heads (Transformer only; width must be a multiple). */
  readonly heads: number;
  /** Adam's peak learning rate. */
  readonly learningRate: number;
  readonly seed: number;
}

/** A numeric setting the reader types. */
export type NumericSetting = 'width' | 'heads' | 'learningRate' | 'seed';

/** The accepted range of each numeric setting, and whether it must be a whole number. */
export const SETTING_LIMITS: Readonly<
  Record<NumericSetting, { readonly min: number; readonly max: number; readonly integer: boolean }>
> = {
  width: { min: 8, max: 64, integer: true },
  heads: { min: 1, max: 8, integer: true },
  learningRate: { min: 1e-4, max: 0.1, integer: false },
  seed: { min: 0, max: 999_999, integer: true },
};

/** Settings that train quickly on the slice: a one-layer Transformer of width 32 with 4 heads. */
export const DEFAULT_SETTINGS: TrainSettings = {
  kind: 'transformer',
  width: 32,
  heads: 4,
  learningRate: 3e-3,
  seed: 1,
};

/** Why a settings value is refused. */
export type SettingProblem =
  | { readonly reason: 'range'; readonly setting: NumericSetting }
  | { readonly reason: 'heads'; readonly setting: 'heads' };

/** Whether `value` lies outside the accepted range of `setting` (NaN always does). */
export function outOfRange(setting: NumericSetting, value: number): boolean {
  const { min, max, integer } = SETTING_LIMITS[setting];
  return !(value >= min && value <= max) || (integer && !Number.isInteger(value));
}

/** The first refused value of `settings`, or undefined when they can be trained. */
export function settingsProblem(settings: TrainSettings): SettingProblem | undefined {
  for (const setting of Object.keys(SETTING_LIMITS) as NumericSetting[])
    if (outOfRange(setting, settings[setting])) return { reason: 'range', setting };
  if (settings.kind === 'transformer' && settings.width % settings.heads !== 0)
    return { reason: 'heads', setting: 'heads' };
  return undefined;
}

/** The model spec of `settings` for vocabularies of the given sizes (one layer for the Transformer). */
export function specFor(settings: TrainSettings, srcVocab: number, tgtVocab: number): ModelSpec {
  const { kind, width, heads, seed } = settings;
  const base = { srcVocab, tgtVocab, seed };
  switch (kind) {
    case 'gru':
      return { kind, config: { ...base, embedding: width, hidden: 2 * width } };
    case 'attention':
      return {
        kind,
        config: { ...base, embedding: width, hidden: width, attention: width, bidirectional: true },
      };
    case 'transformer':
      return {
        kind,
        config: {
          ...base,
          dModel: width,
          heads,
          dFF: 2 * width,
          layers: 1,
          maxPositions: 16,
          smoothing: 0,
        },
      };
  }
}
