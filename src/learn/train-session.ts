import type { Slice } from './slice-file';
import type { TrainCommand, TrainEvent } from './train-protocol';
import { Trainer } from './trainer';
import { errorMessage } from '../lib/error-message';

/** What a training session needs from where it runs: the slice, a clock, a way to yield. */
export interface SessionHost {
  readonly post: (event: TrainEvent) => void;
  /** Loads the slice from the site whose base path is `base`. */
  readonly loadSlice: (base: string) => Promise<Slice>;
  readonly now?: () => number;
  /** Runs `fn` after pending messages were handled (setTimeout in a worker). */
  readonly defer?: (fn: () => void) => void;
}

/** Report progress every this many steps. */
export const PROGRESS_EVERY = 5;
/** Evaluate on the validation slice and the probe every this many steps. */
export const EVALUATE_EVERY = 100;
/** Translate the probe sentence every this many steps (between evaluations). */
export const PROBE_EVERY = 20;
// Steps run back to back before the loop yields to incoming messages (pause, probe…).
const CHUNK_MS = 60;

/**
 * The training worker's message handler: commands are handled one after another, and the loop
 * runs in chunks of about {@link CHUNK_MS} between them. It never throws; failures are events.
 */
export function createTrainSession(host: SessionHost): (command: TrainCommand) => Promise<void> {
  const { post, loadSlice } = host;
  const now = host.now ?? (() => performance.now());
  const defer = host.defer ?? ((fn: () => void) => setTimeout(fn, 0));
  let slice: Slice | undefined;
  let trainer: Trainer | undefined;
  let probe: readonly string[] | undefined;
  let running = false;
  let windowStart = 0;
  let windowLoss = 0;
  let windowSteps = 0;

  const setRunning = (value: boolean) => {
    if (running === value) return;
    running = value;
    post({ type: 'running', running });
  };
  const evaluate = (current: Trainer) =>
    post({ type: 'evaluation', evaluation: current.evaluate(probe) });
  const translateProbe = (current: Trainer, tokens: readonly string[]) =>
    post({ type: 'probe', step: current.steps, view: current.translate(tokens) });
  // The new model replaces the old one only once it has been evaluated.
  const install = (next: Trainer) => {
    const evaluation = next.evaluate(probe);
    setRunning(false);
    trainer = next;
    [windowLoss, windowSteps, windowStart] = [0, 0, now()];
    const parameters = [...next.model.parameters().values()].reduce((n, t) => n + t.size, 0);
    post({ type: 'model', settings: next.settings, parameters });
    post({ type: 'evaluation', evaluation });
  };
  const requireTrainer = (): Trainer => {
    if (!trainer) throw new Error('no model yet: configure first');
    return trainer;
  };
  // One step, reported; false when it diverged (the loop must stop).
  const advance = (current: Trainer): boolean => {
    const outcome = current.step();
    if (!outcome.ok) {
      setRunning(false);
      post({ type: 'diverged', step: outcome.step, loss: outcome.loss });
      return false;
    }
    [windowLoss, windowSteps] = [windowLoss + outcome.loss, windowSteps + 1];
    if (!running || outcome.step % PROGRESS_EVERY === 0) {
      const seconds = (now() - windowStart) / 1000;
      post({
        type: 'progress',
        step: outcome.step,
        loss: windowLoss / windowSteps,
        stepsPerSecond: seconds > 0 ? windowSteps / seconds : 0,
      });
      [windowLoss, windowSteps, windowStart] = [0, 0, now()];
    }
    if (outcome.step % EVALUATE_EVERY === 0) evaluate(current);
    else if (probe && outcome.step % PROBE_EVERY === 0) translateProbe(current, probe);
    return true;
  };
  const loop = (current: Trainer) => {
    if (!running || trainer !== current) return;
    try {
      const end = now() + CHUNK_MS;
      while (now() < end) if (!advance(current)) return;
    } catch (error) {
      setRunning(false);
      post({ type: 'error', during: 'start', message: errorMessage(error) });
      return;
    }
    defer(() => loop(current));
  };

  const handle = async (command: TrainCommand): Promise<void> => {
    switch (command.type) {
      case 'configure': {
        slice ??= await loadSlice(command.base);
        if (!trainer) {
          const { srcVocab, maxLength, train } = slice;
          post({ type: 'ready', srcVocab: srcVocab.toJSON(), maxLength, trainPairs: train.length });
        }
        install(new Trainer(slice, command.settings));
        return;
      }
      case 'reset': {
        const current = requireTrainer();
        install(new Trainer(current.slice, current.settings));
        return;
      }
      case 'start': {
        const current = requireTrainer();
        if (running) return;
        [windowLoss, windowSteps, windowStart] = [0, 0, now()];
        setRunning(true);
        defer(() => loop(current));
        return;
      }
      case 'pause':
        // Evaluated first, so that when the page sees the pause it already shows this model.
        if (running && trainer) {
          evaluate(trainer);
          setRunning(false);
        }
        return;
      case 'step':
        if (!running) {
          [windowLoss, windowSteps, windowStart] = [0, 0, now()];
          advance(requireTrainer());
        }
        return;
      case 'probe':
        probe = command.tokens;
        if (trainer) translateProbe(trainer, probe);
        return;
      case 'download':
        post({ type: 'weights', bytes: requireTrainer().weights() });
        return;
      case 'upload':
        install(requireTrainer().withWeights(command.bytes));
        return;
    }
  };

  let queue = Promise.resolve();
  return (command) =>
    (queue = queue.then(() =>
      handle(command).catch((error: unknown) =>
        post({ type: 'error', during: command.type, message: errorMessage(error) }),
      ),
    ));
}
