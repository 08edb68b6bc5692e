import { ModelLoadError } from '../../src/translation/load-model';
import type { Lang } from '../../src/i18n/ui';
import { tw } from '../../src/i18n/translation-widgets';
import { fill } from '../widgets/shared/fill';
import { errorMessage } from '../../src/lib/error-message';

/** Why a model could not be loaded or run, in the reader's language where the cause is known. */
export function loadFailureReason(lang: Lang, error: unknown): string {
  if (!(error instanceof ModelLoadError)) return errorMessage(error);
  const { problem } = error;
  switch (problem.kind) {
    case 'network':
      return tw(lang, 'loadNoAnswer');
    case 'status':
      return fill(tw(lang, 'loadStatus'), { status: problem.status });
    case 'format':
      return tw(lang, 'loadNotAModel');
  }
}
