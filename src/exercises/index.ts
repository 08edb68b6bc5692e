import { attentionExercises } from './attention';
import { encoderDecoderExercises } from './encoder-decoder';
import { multiHeadExercises } from './multi-head-attention';
import { seq2seqExercises } from './seq2seq';
import { transformerExercises } from './transformer';
import type { Exercise } from './types';

/** The exercises of each chapter, keyed by the chapter's slug. */
export const exerciseSets: Readonly<Record<string, readonly Exercise[]>> = {
  seq2seq: seq2seqExercises,
  'encoder-decoder': encoderDecoderExercises,
  attention: attentionExercises,
  'multi-head-attention': multiHeadExercises,
  transformer: transformerExercises,
};

/** The exercises of chapter `slug`; an unknown slug is an error in the MDX. */
export function exercisesFor(slug: string): readonly Exercise[] {
  const set = exerciseSets[slug];
  if (!set) throw new Error(`No exercises for chapter "${slug}"`);
  return set;
}
