import type { Lang } from '../../../src/i18n/ui';
import { tw, type TranslationWidgetKey } from '../../../src/i18n/translation-widgets';
import type { ModelKind } from '../../../src/models/seq2seq';

const keys: Record<ModelKind, TranslationWidgetKey> = {
  gru: 'modelGru',
  attention: 'modelAttention',
  transformer: 'modelTransformer',
};

/** The reader-facing name of a model kind. */
export function modelName(lang: Lang, kind: ModelKind): string {
  return tw(lang, keys[kind]);
}
