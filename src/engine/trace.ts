import { engineState, type StepRecorder } from './context';
import { EngineError } from './errors';
import type { Attrs } from './op';
import type { Tensor } from './tensor';

/** Where a step's input came from: an earlier step, a named graph input, or a constant. */
export type TensorSource =
  | { readonly kind: 'step'; readonly step: number }
  | { readonly kind: 'input'; readonly name: string }
  | { readonly kind: 'constant' };

/** One input of a step: the tensor, a display label and its provenance. */
export interface StepInput {
  readonly tensor: Tensor;
  readonly label: string;
  readonly source: TensorSource;
}

/** One op as it ran: everything a widget shows and an ONNX exporter needs, nothing recomputed. */
export interface TraceStep {
  readonly index: number;
  readonly op: string;
  readonly inputs: readonly StepInput[];
  readonly output: Tensor;
  readonly attrs: Attrs;
  /** The value's name, e.g. "scores"; the op name until `label()` sets one. */
  name: string;
  /** Human label, e.g. "scores = QKᵀ"; the name until `label()` gives a formula. */
  label: string;
}

/**
 * The ordered record of every op run under `traced`, plus the declared graph inputs.
 * To export it, give each graph input and each constant a value name, then for every step call
 * `getOp(step.op).lower(ctx, inputNames, inputShapes, step.attrs, step.output.shape)` and name the
 * step's output by the first returned value.
 */
export class Trace implements StepRecorder {
  readonly steps: TraceStep[] = [];
  readonly inputs: { readonly name: string; readonly tensor: Tensor }[] = [];
  private readonly producers = new Map<Tensor, TraceStep>();
  private readonly inputNames = new Map<Tensor, string>();

  /** Called by the engine for every op while this trace is active. */
  record(op: string, inputs: readonly Tensor[], attrs: Attrs, output: Tensor): void {
    const step: TraceStep = {
      index: this.steps.length,
      op,
      inputs: inputs.map((tensor) => ({
        tensor,
        label: this.labelOf(tensor),
        source: this.sourceOf(tensor),
      })),
      output,
      attrs,
      name: op,
      label: op,
    };
    this.steps.push(step);
    this.producers.set(output, step);
  }

  /** Registers `tensor` as a named graph input. */
  declareInput(tensor: Tensor, name: string): void {
    if (this.producers.has(tensor)) {
      throw new EngineError('input', [tensor.shape], `"${name}" is a step output`);
    }
    this.inputNames.set(tensor, name);
    this.inputs.push({ name, tensor });
  }

  /** The step that produced `tensor`, if it was produced under this trace. */
  stepOf(tensor: Tensor): TraceStep | undefined {
    return this.producers.get(tensor);
  }

  /** Whether `tensor` is a step output, a graph input or a constant (initializer) of this trace. */
  sourceOf(tensor: Tensor): TensorSource {
    const step = this.producers.get(tensor);
    if (step) return { kind: 'step', step: step.index };
    const name = this.inputNames.get(tensor);
    return name === undefined ? { kind: 'constant' } : { kind: 'input', name };
  }

  /** Display name: a step's label up to " =", an input's name, a tensor's name, or its id. */
  private labelOf(tensor: Tensor): string {
    const step = this.producers.get(tensor);
    if (step) return step.name;
    return this.inputNames.get(tensor) ?? tensor.name ?? `t${tensor.id}`;
  }
}

/** Runs `fn` while recording every op into a fresh trace. */
export function traced<T>(fn: () => T): { result: T; trace: Trace } {
  const trace = new Trace();
  const previous = engineState.recorder;
  engineState.recorder = trace;
  try {
    return { result: fn(), trace };
  } finally {
    engineState.recorder = previous;
  }
}

/** Marks `tensor` as a named graph input of the active trace (call before using it); returns it. */
export function input(tensor: Tensor, name: string): Tensor {
  activeTrace()?.declareInput(tensor, name);
  return tensor;
}

/** Names the step that produced `tensor` ("scores"), with an optional formula ("QKᵀ"); returns it. */
export function label(tensor: Tensor, name: string, formula?: string): Tensor {
  const step = activeTrace()?.stepOf(tensor);
  if (step) {
    step.name = name;
    step.label = formula === undefined ? name : `${name} = ${formula}`;
  }
  return tensor;
}

function activeTrace(): Trace | null {
  return engineState.recorder instanceof Trace ? engineState.recorder : null;
}
