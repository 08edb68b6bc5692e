import { backward, clipGradNorm, createRng, noGrad, setFiniteChecks } from '../../src/engine';
import type { EpochLog } from '../../src/models/training-record';
import type { Seq2SeqModel } from '../../src/models/seq2seq';
import {
  bucketedBatches,
  oversampledBatches,
  shuffled,
  type Oversampling,
} from '../../src/learn/batches';
import type { Example } from '../../src/learn/example';
import { evaluate } from './evaluate';
import { learningRate, ScheduledAdam, type Schedule } from '../../src/learn/optimizer';

/** How to train. Training stops at whichever of `epochs`, `maxSteps` or `minutes` comes first. */
export interface TrainOptions {
  readonly batchSize: number;
  readonly schedule: Schedule;
  /** Global gradient-norm limit. */
  readonly clip: number;
  readonly seed: number;
  /** Oversample long sentences (a fine-tuning stage); without it, plain bucketed epochs. */
  readonly oversampling?: Oversampling;
  readonly epochs?: number;
  readonly maxSteps?: number;
  readonly minutes?: number;
  /** Validation examples decoded after every epoch for the exact-match log. */
  readonly validationSample: number;
  /** Also log the running loss every this many steps (0 = only per epoch). */
  readonly progressEvery?: number;
  /** With progress lines, also decode the validation sample every this many steps (0 = never). */
  readonly evalEvery?: number;
  readonly log?: (line: string) => void;
}

/** Trains `model` in place with bucketed batches, Adam and gradient clipping; returns the epoch logs. */
export function trainModel(
  model: Seq2SeqModel,
  train: readonly Example[],
  validation: readonly Example[],
  options: TrainOptions,
): EpochLog[] {
  const {
    batchSize,
    schedule,
    clip,
    seed,
    log = console.log,
    progressEvery = 0,
    evalEvery = 0,
  } = options;
  const params = [...model.parameters().values()];
  const optimizer = new ScheduledAdam(params);
  const rng = createRng(seed);
  const sample = shuffled(validation, rng).slice(0, options.validationSample);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const elapsed = () => (performance.now() - start) / 1000;
  const cpu = () => {
    const { user, system } = process.cpuUsage(cpuStart);
    return (user + system) / 1e6;
  };
  const outOfTime = () =>
    (options.minutes !== undefined && elapsed() > options.minutes * 60) ||
    (options.maxSteps !== undefined && optimizer.steps >= options.maxSteps);
  const history: EpochLog[] = [];
  // The per-op NaN scan costs a pass over every input; the loss check below catches divergence.
  setFiniteChecks(false);
  try {
    for (let epoch = 1; epoch <= (options.epochs ?? Infinity) && !outOfTime(); epoch++) {
      let [lossSum, batches, windowLoss, windowStart] = [0, 0, 0, performance.now()];
      const epochBatches =
        options.oversampling === undefined
          ? bucketedBatches(train, batchSize, rng)
          : oversampledBatches(train, batchSize, rng, options.oversampling);
      for (const batch of epochBatches) {
        if (outOfTime()) break;
        const loss = model.loss(
          batch.map((e) => e.src),
          batch.map((e) => e.tgt),
        );
        const value = loss.data[0]!;
        if (!Number.isFinite(value))
          throw new Error(`loss is ${value} at step ${optimizer.steps + 1}`);
        const { grads } = clipGradNorm(backward(loss), params, clip);
        optimizer.step(grads, learningRate(optimizer.steps + 1, schedule));
        [lossSum, batches, windowLoss] = [lossSum + value, batches + 1, windowLoss + value];
        if (progressEvery > 0 && optimizer.steps % progressEvery === 0) {
          const rate = (progressEvery * 1000) / (performance.now() - windowStart);
          const check =
            evalEvery > 0 && optimizer.steps % evalEvery === 0
              ? ` val exact ${(100 * noGrad(() => evaluate(model, sample)).exactMatch).toFixed(1)}%`
              : '';
          log(
            `  step ${optimizer.steps} loss ${(windowLoss / progressEvery).toFixed(4)} ` +
              `${rate.toFixed(2)} steps/s elapsed ${elapsed().toFixed(0)}s cpu ${cpu().toFixed(0)}s${check}`,
          );
          [windowLoss, windowStart] = [0, performance.now()];
        }
      }
      if (batches === 0) break;
      const { exactMatch, bleu } = noGrad(() => evaluate(model, sample));
      const seconds = elapsed();
      const entry = {
        epoch,
        steps: optimizer.steps,
        trainLoss: lossSum / batches,
        validationExactMatch: exactMatch,
        validationBleu: bleu,
        seconds,
        cpuSeconds: cpu(),
        stepsPerSecond: optimizer.steps / seconds,
      };
      history.push(entry);
      log(
        `epoch ${epoch} steps ${entry.steps} train loss ${entry.trainLoss.toFixed(4)} ` +
          `val exact ${(100 * exactMatch).toFixed(1)}% (n=${sample.length}) BLEU ${(100 * bleu).toFixed(1)} ` +
          `elapsed ${seconds.toFixed(0)}s cpu ${entry.cpuSeconds.toFixed(0)}s`,
      );
    }
  } finally {
    setFiniteChecks(true);
  }
  return history;
}
