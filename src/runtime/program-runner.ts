import type { OnnxTarget } from '../engine/onnx/lowering';
import { Tensor } from '../engine/tensor';
import { accelerationAllowed } from './acceleration-gate';
import { unavailableReason } from './availability';
import { autoOrder, type BackendChoice, type BackendName } from './backend-names';
import { crossCheck, type CrossCheck } from './cross-check';
import type { OrtLoadOptions } from './ort-loader';
import { createOrtSession, type OrtSession } from './ort-session';
import type { Program, Tensors } from './program';
import { runYielding, type Resumable } from './yield-to-main';
import { errorMessage } from '../lib/error-message';

/** A backend that was tried and skipped, and why. */
export interface Fallback {
  readonly backend: BackendName;
  readonly reason: string;
}

/** What to run and how. */
export interface RunOptions {
  /** The outputs to return (default: all); a verified run fetches all of them anyway. */
  readonly fetch?: readonly string[];
  /** Check this run against the reference even if the policy would not. */
  readonly verify?: boolean;
}

/** One run of a program: the outputs as the chosen backend computed them, and how that went. */
export interface ProgramRun {
  readonly backend: BackendName;
  readonly outputs: Tensors;
  /** Wall time of the whole run, feeds and copies included, in milliseconds. */
  readonly elapsedMs: number;
  /** Of that, ORT's own `run()` (absent on `ts`). */
  readonly ortMs?: number;
  /** Backends tried before this one, in order, with the reason each was skipped. */
  readonly fallbacks: readonly Fallback[];
  /** The latest check of this program on this backend against the TypeScript reference. */
  readonly crossCheck?: CrossCheck;
  /** Whether that check was made on this very run. */
  readonly checkedNow: boolean;
}

/** What the backend switcher shows of a run, or of several summed up. */
export type RunSummary = Pick<
  ProgramRun,
  'backend' | 'elapsedMs' | 'ortMs' | 'fallbacks' | 'crossCheck'
>;

/** How many ONNX graphs and ORT sessions a runner has made (a program is compiled once). */
export interface CompileCounts {
  exports: number;
  sessions: number;
}

interface Compiled {
  readonly session: OrtSession;
  runs: number;
  check?: CrossCheck;
}

interface Compiling {
  readonly compiled: Promise<Compiled>;
  readonly ready: boolean;
}

/**
 * How often a program's runs are checked after its first, which always is, per backend. WebGL
 * is checked every time: a lost context makes it return zeros without any error.
 */
export const CHECK_EVERY: Readonly<Record<OnnxTarget, number>> = { wasm: 32, webgpu: 32, webgl: 1 };
// Enough for every shape a widget offers; beyond it the least recently used session is freed.
const MAX_SESSIONS = 16;

/**
 * Runs programs on any backend. A program is compiled to an ORT session once per backend (keyed
 * by its structure, never by comparing bytes) and then fed only its inputs. The first run of each
 * session is checked against the TypeScript reference on every output, later runs every
 * {@link CHECK_EVERY}th time or on request; a mismatch or an ORT failure marks the backend broken
 * for this runner and the run falls back along the order `auto` uses.
 */
export class ProgramRunner {
  readonly counts: CompileCounts = { exports: 0, sessions: 0 };
  readonly #compiled = new Map<string, Compiling>();
  readonly #broken = new Map<BackendName, string>();
  readonly #warming = new Set<Promise<unknown>>();

  constructor(private readonly ortOptions: OrtLoadOptions = {}) {}

  /** Runs `program` on `choice`; `auto` (or a failing choice) falls back along the auto order. */
  async run(
    program: Program,
    feeds: Tensors,
    choice: BackendChoice,
    options: RunOptions = {},
  ): Promise<ProgramRun> {
    const order =
      choice === 'auto' ? autoOrder : [choice, ...autoOrder.filter((b) => b !== choice)];
    const fallbacks: Fallback[] = [];
    for (const backend of order) {
      if (backend === 'ts') {
        const started = now();
        const { value, busyMs } = program.referenceInSteps
          ? await busyTime(program.referenceInSteps(feeds))
          : { value: program.reference(feeds), busyMs: now() - started };
        const outputs = pick(value, options.fetch);
        return { backend, outputs, elapsedMs: busyMs, fallbacks, checkedNow: false };
      }
      const known = this.#broken.get(backend);
      if (known !== undefined) {
        fallbacks.push({ backend, reason: known });
        continue;
      }
      // `auto` answers from the next backend while this one loads and compiles, not after.
      if (choice === 'auto' && !this.#compiled.get(`${backend}|${program.key}`)?.ready) {
        this.#warm(backend, program);
        continue;
      }
      try {
        return { ...(await this.#runOn(backend, program, feeds, options)), fallbacks };
      } catch (error) {
        const reason = errorMessage(error);
        this.#broken.set(backend, reason);
        await this.#forget(backend, program.key);
        fallbacks.push({ backend, reason });
      }
    }
    throw new Error('unreachable: the TypeScript backend always runs');
  }

  /**
   * Settles once every program that `auto` skipped while it compiled is ready (or has failed), so
   * the caller can run again on the faster backend; undefined when nothing is compiling.
   */
  whenWarm(): Promise<void> | undefined {
    if (this.#warming.size === 0) return undefined;
    return Promise.allSettled([...this.#warming]).then(() => undefined);
  }

  #warm(backend: OnnxTarget, program: Program): void {
    // Deferred to a new task, so the TypeScript answer reaches the screen before ORT's download
    // and compilation compete with it for the main thread, and held until the page allows it.
    const warming = new Promise((resolve) => setTimeout(resolve, 0))
      .then(accelerationAllowed)
      .then(() => this.#compile(backend, program))
      .catch((error: unknown) => {
        this.#broken.set(backend, errorMessage(error));
      });
    this.#warming.add(warming);
    void warming.finally(() => this.#warming.delete(warming));
  }

  /** Why `backend` was marked broken for this runner, if it was. */
  brokenReason(backend: BackendName): string | undefined {
    return this.#broken.get(backend);
  }

  async #runOn(backend: OnnxTarget, program: Program, feeds: Tensors, options: RunOptions) {
    const compiled = await this.#compile(backend, program);
    const check = compiled.runs % CHECK_EVERY[backend] === 0 || options.verify;
    compiled.runs += 1;
    const started = now();
    const fetched = check ? undefined : options.fetch;
    const t0 = now();
    const raw = await compiled.session.run(feedsOf(feeds), fetched);
    const ortMs = now() - t0;
    const outputs: Record<string, Tensor> = {};
    for (const [name, value] of Object.entries(raw)) {
      outputs[name] = new Tensor(value.data, value.shape);
    }
    if (check) {
      const reference = program.reference(feeds);
      const names = Object.keys(reference);
      const missing = names.filter((name) => !outputs[name]);
      if (missing.length > 0) throw new Error(`the graph lacks outputs ${missing.join(', ')}`);
      compiled.check = crossCheck(
        names.map((name) => outputs[name]!),
        names.map((name) => reference[name]!),
      );
      // A lost WebGL context, for one, yields zeros without an error: never show wrong numbers.
      if (!compiled.check.matches) {
        throw new Error(
          `results differ from the TypeScript reference (max |Δ| = ${compiled.check.maxAbsDiff.toExponential(1)})`,
        );
      }
    }
    return {
      backend,
      outputs: pick(outputs, options.fetch),
      elapsedMs: now() - started,
      ortMs,
      checkedNow: Boolean(check),
      ...(compiled.check ? { crossCheck: compiled.check } : {}),
    };
  }

  #compile(backend: OnnxTarget, program: Program): Promise<Compiled> {
    const id = `${backend}|${program.key}`;
    const known = this.#compiled.get(id);
    if (known) {
      // Re-inserting keeps the map in least-recently-used order.
      this.#compiled.delete(id);
      this.#compiled.set(id, known);
      return known.compiled;
    }
    let ready = false;
    const compiled = (async () => {
      const reason = await unavailableReason(backend);
      if (reason !== null) throw new Error(reason);
      const bytes = await program.onnx(backend);
      this.counts.exports += 1;
      const session = await createOrtSession(bytes, backend, this.ortOptions);
      this.counts.sessions += 1;
      ready = true;
      return { session, runs: 0 };
    })();
    const compiling: Compiling = {
      compiled,
      get ready() {
        return ready;
      },
    };
    this.#compiled.set(id, compiling);
    compiling.compiled.catch(() => this.#compiled.delete(id));
    if (this.#compiled.size > MAX_SESSIONS) {
      const [oldest] = this.#compiled.keys();
      void this.#release(oldest!);
    }
    return compiling.compiled;
  }

  async #forget(backend: OnnxTarget, key: string): Promise<void> {
    await this.#release(`${backend}|${key}`);
  }

  async #release(id: string): Promise<void> {
    const compiled = this.#compiled.get(id);
    this.#compiled.delete(id);
    // A session that failed to load has nothing to free; a failed release must not hide the cause.
    await compiled?.compiled.then((c) => c.session.release()).catch(() => undefined);
  }

  /** Releases every ORT session this runner holds. */
  async release(): Promise<void> {
    await Promise.all([...this.#compiled.keys()].map((id) => this.#release(id)));
  }
}

function feedsOf(feeds: Tensors) {
  return Object.fromEntries(
    Object.entries(feeds).map(([name, t]) => [name, { data: t.data, shape: t.shape }]),
  );
}

function pick(outputs: Tensors, names: readonly string[] | undefined): Tensors {
  if (!names) return outputs;
  return Object.fromEntries(
    names.map((name) => {
      const tensor = outputs[name];
      if (!tensor) throw new Error(`no output named "${name}"`);
      return [name, tensor];
    }),
  );
}

/** `work` run in short tasks, and the time it held the main thread (not what ran in between). */
async function busyTime<T>(work: Resumable<T>): Promise<{ value: T; busyMs: number }> {
  let busyMs = 0;
  function* timed(): Resumable<T> {
    for (;;) {
      const started = now();
      const step = work.next();
      busyMs += now() - started;
      if (step.done) return step.value;
      yield;
    }
  }
  const value = await runYielding(timed());
  return { value, busyMs };
}

function now(): number {
  return globalThis.performance.now();
}
