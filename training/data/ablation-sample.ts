import {
  ABLATION_SAMPLE_SIZE,
  ablationSampleFile,
  type AblationSampleFile,
} from '../../src/translation/ablation-sample';
import { buildCorpus, type Corpus } from './corpus';

/** The page's head-ablation sample: the first pairs of the corpus's test split, as words. */
export function buildAblationSample(corpus: Corpus = buildCorpus()): AblationSampleFile {
  return ablationSampleFile(corpus.test.slice(0, ABLATION_SAMPLE_SIZE));
}
