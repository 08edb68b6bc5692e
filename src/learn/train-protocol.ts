import type { VocabularyJSON } from '../text/vocabulary';
import type { TrainSettings } from './settings';
import type { Evaluation, ProbeView } from './trainer';

/** What the page asks the training worker. */
export type TrainCommand =
  /** Loads the slice (from the site at `base`) if needed, and builds a fresh model for the settings. */
  | { readonly type: 'configure'; readonly settings: TrainSettings; readonly base: string }
  /** A fresh model with the current settings. */
  | { readonly type: 'reset' }
  /** Starts or resumes the training loop. */
  | { readonly type: 'start' }
  | { readonly type: 'pause' }
  /** Exactly one training step, when paused. */
  | { readonly type: 'step' }
  /** The probe sentence, as tokens of the slice's vocabulary (checked by the page). */
  | { readonly type: 'probe'; readonly tokens: readonly string[] }
  /** Asks for the current weights file. */
  | { readonly type: 'download' }
  /** Continues from a weights file. */
  | { readonly type: 'upload'; readonly bytes: Uint8Array };

/** What the training worker reports. */
export type TrainEvent =
  /** The slice is loaded: its source vocabulary and longest sentence, for checking the probe. */
  | {
      readonly type: 'ready';
      readonly srcVocab: VocabularyJSON;
      readonly maxLength: number;
      readonly trainPairs: number;
    }
  /** A fresh or uploaded model is in place, at step 0, with these settings. */
  | { readonly type: 'model'; readonly settings: TrainSettings; readonly parameters: number }
  /** Whether the loop runs. */
  | { readonly type: 'running'; readonly running: boolean }
  /** Training progress: mean loss of the steps since the last report and the speed over them. */
  | {
      readonly type: 'progress';
      readonly step: number;
      readonly loss: number;
      readonly stepsPerSecond: number;
    }
  | { readonly type: 'evaluation'; readonly evaluation: Evaluation }
  /** The probe sentence's current translation and attention, after `step` updates. */
  | { readonly type: 'probe'; readonly step: number; readonly view: ProbeView }
  /** The loss at `step` was not finite: the loop stopped and the last good weights are kept. */
  | { readonly type: 'diverged'; readonly step: number; readonly loss: number }
  | { readonly type: 'weights'; readonly bytes: Uint8Array }
  /** A command failed; the model in place (if any) is kept. */
  | {
      readonly type: 'error';
      readonly during: TrainCommand['type'];
      readonly message: string;
    };
