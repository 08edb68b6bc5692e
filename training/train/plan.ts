import type { Recipe } from '../../src/models/training-record';

/**
 * What `npm run train` runs: two lanes, one per core, each training its models in turn. Step
 * counts (not minutes) bound the work so that a run is reproducible whatever else the machine
 * does; they were chosen to finish in under 45 minutes on an idle two-core machine. Every run
 * warms up, decays as 1/√step and cools down linearly to zero over its last 30% of steps.
 */
export const TRAINING_PLAN: readonly (readonly Recipe[])[] = [
  [{ kind: 'transformer', steps: 9000, batch: 64, lr: 3e-3, warmup: 600 }],
  [
    { kind: 'attention', steps: 3800, batch: 64, lr: 3e-3, warmup: 200 },
    { kind: 'gru', steps: 1500, batch: 64, lr: 3e-3, warmup: 200 },
  ],
];

/** Where the shipped model files live, relative to the repository root. */
export const MODELS_DIR = 'public/models';
