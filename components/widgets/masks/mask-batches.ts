import { combineRuns } from '../../translation/combine-runs';
import type { Perform } from '../../translation/model-job.svelte';
import { translate } from '../translate/translate';
import { BOS, OTHER_SENTENCES, type MaskBatches } from './masks';

/**
 * The masks figure's job on the trained Transformer: the reader's checked sentence and the other
 * sentences of the batch, each with its greedy translation after `<bos>` (the decoder's input).
 */
export const translateBatch: Perform<MaskBatches> = async (model, tokens, choice) => {
  const source = [tokens, ...OTHER_SENTENCES];
  const translations = [];
  for (const words of source)
    translations.push(await translate(model.source, model.session, model.bundle, words, choice));
  return {
    value: { source, target: translations.map(({ target }) => [BOS, ...target]) },
    run: combineRuns(translations.map(({ run }) => run)),
  };
};
