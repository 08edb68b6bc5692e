import { exportTrace, type ExportedTrace } from '../onnx/export-trace';
import type { OnnxTarget } from '../onnx/lowering';
import { Tensor } from '../tensor';
import { input, traced, type Trace, type TraceStep } from '../trace';
import { unavailableReason } from './availability';
import { autoOrder, type BackendChoice, type BackendName } from './backend-names';
import { crossCheck, type CrossCheck } from './cross-check';
import type { OrtLoadOptions } from './ort-loader';
import { createOrtRunner, type OrtRunner } from './ort-runner';

/** A computation over named input tensors, written with engine ops (and labelled steps). */
export type Computation = (inputs: Readonly<Record<string, Tensor>>) => Tensor;

/** A backend that was tried and skipped, and why. */
export interface Fallback {
  readonly backend: BackendName;
  readonly reason: string;
}

/** One run: every step's output as the chosen backend computed it, and how that went. */
export interface RunResult {
  readonly backend: BackendName;
  /** The trace's steps, with `output` replaced by the backend's values. */
  readonly steps: readonly TraceStep[];
  readonly result: Tensor;
  /** Wall time of the backend's own computation, in milliseconds. */
  readonly elapsedMs: number;
  /** Backends tried before this one, in order, with the reason each was skipped. */
  readonly fallbacks: readonly Fallback[];
  /** Agreement with the TypeScript reference (absent when the reference itself ran); a backend
   * whose results disagree is treated as failed, so a shown result always matches. */
  readonly crossCheck?: CrossCheck;
}

interface Session {
  readonly exported: ExportedTrace;
  readonly runner: OrtRunner;
}

/**
 * Runs one computation on any backend. The TypeScript trace always runs first: it gives the
 * graph to export, the step labels and the reference to cross-check against. ORT sessions are
 * kept per backend and rebuilt only when the exported model changes (new shapes or constants).
 */
export class ComputationRunner {
  private readonly sessions = new Map<OnnxTarget, Session>();
  private readonly broken = new Map<BackendName, string>();
  private readonly locks = new Map<OnnxTarget, Promise<unknown>>();

  constructor(
    private readonly computation: Computation,
    private readonly ortOptions: OrtLoadOptions = {},
  ) {}

  /** Runs on `choice`; `auto` (or a failing choice) falls back along webgpu → webgl → wasm → ts. */
  async run(inputs: Readonly<Record<string, Tensor>>, choice: BackendChoice): Promise<RunResult> {
    const started = now();
    const { result, trace } = traced(() =>
      this.computation(
        Object.fromEntries(Object.entries(inputs).map(([name, t]) => [name, input(t, name)])),
      ),
    );
    const referenceMs = now() - started;
    const order =
      choice === 'auto' ? autoOrder : [choice, ...autoOrder.slice(autoOrder.indexOf(choice) + 1)];
    const fallbacks: Fallback[] = [];
    for (const backend of order) {
      if (backend === 'ts') {
        return { backend, steps: trace.steps, result, elapsedMs: referenceMs, fallbacks };
      }
      const known = this.broken.get(backend);
      if (known !== undefined) {
        fallbacks.push({ backend, reason: known });
        continue;
      }
      const outcome = await this.exclusively(backend, () => this.attempt(backend, trace));
      if ('reason' in outcome) {
        fallbacks.push({ backend, reason: outcome.reason });
        continue;
      }
      return { ...outcome, backend, result: outcome.steps.at(-1)!.output, fallbacks };
    }
    throw new Error('unreachable: the TypeScript backend always runs');
  }

  /** One try on an ORT backend; a failure marks the backend broken and frees its session. */
  private async attempt(
    backend: OnnxTarget,
    trace: Trace,
  ): Promise<
    { steps: TraceStep[]; elapsedMs: number; crossCheck: CrossCheck } | { reason: string }
  > {
    try {
      const reason = await unavailableReason(backend);
      if (reason !== null) throw new Error(reason);
      const session = await this.sessionFor(backend, exportTrace(trace, backend));
      const t0 = now();
      const outputs = await session.runner.run(
        Object.fromEntries(
          trace.inputs.map(({ name, tensor }) => [
            name,
            { data: tensor.data, shape: tensor.shape },
          ]),
        ),
      );
      const elapsedMs = now() - t0;
      const steps = trace.steps.map((step, i) => {
        const output = outputs[session.exported.stepOutputs[i]!]!;
        return { ...step, output: new Tensor(output.data, output.shape) };
      });
      const check = crossCheck(
        steps.map((step) => step.output),
        trace.steps.map((step) => step.output),
      );
      // A lost WebGL context, for one, yields zeros without an error: never show wrong numbers.
      if (!check.matches) {
        throw new Error(
          `results differ from the TypeScript reference (max |Δ| = ${check.maxAbsDiff.toExponential(1)})`,
        );
      }
      return { steps, elapsedMs, crossCheck: check };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.broken.set(backend, reason);
      // The session (if any) is unusable; a failure to free it must not hide the first error.
      await this.drop(backend).catch(() => undefined);
      return { reason };
    }
  }

  /**
   * Runs `task` after every earlier task on `backend` has settled: ORT cannot create two sessions
   * on one provider at once, and a session must not be released while another call runs it.
   * Other backends, and `ts`, are not held up by a slow one.
   */
  private exclusively<T>(backend: OnnxTarget, task: () => Promise<T>): Promise<T> {
    const result = (this.locks.get(backend) ?? Promise.resolve()).then(task);
    this.locks.set(
      backend,
      result.catch(() => undefined),
    );
    return result;
  }

  /** Releases every ORT session this runner holds. */
  async release(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((backend) => this.drop(backend)));
  }

  private async sessionFor(backend: OnnxTarget, exported: ExportedTrace): Promise<Session> {
    const cached = this.sessions.get(backend);
    if (cached && sameBytes(cached.exported.model, exported.model)) return cached;
    await this.drop(backend);
    const session = {
      exported,
      runner: await createOrtRunner(exported.model, backend, this.ortOptions),
    };
    this.sessions.set(backend, session);
    return session;
  }

  private async drop(backend: OnnxTarget): Promise<void> {
    const session = this.sessions.get(backend);
    this.sessions.delete(backend);
    await session?.runner.release();
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  // A model holds its weights, so this runs over megabytes per call: a plain loop, no callback.
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function now(): number {
  return globalThis.performance.now();
}
