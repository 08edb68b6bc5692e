import type { Lang } from '../../../src/i18n/ui';
import { tw, type TranslationWidgetKey } from '../../../src/i18n/translation-widgets';
import type { ModelSource } from '../../translation/model-job.svelte';

const keys: Record<ModelSource, TranslationWidgetKey> = {
  gru: 'modelGru',
  attention: 'modelAttention',
  transformer: 'modelTransformer',
  yours: 'modelYours',
};

/** The reader-facing name of a model kind, or of the reader's own model. */
export function modelName(lang: Lang, kind: ModelSource): string {
  return tw(lang, keys[kind]);
}
