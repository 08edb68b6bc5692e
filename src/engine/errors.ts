import type { Shape } from './shape';

/** What went wrong, so callers and tests can branch without parsing messages. */
export type EngineErrorCode =
  'shape' | 'value' | 'non-finite' | 'empty' | 'unknown-op' | 'no-onnx' | 'autograd';

/** The single error type the engine throws, naming the op and the shapes involved. */
export class EngineError extends Error {
  /** The op (or helper) that rejected its inputs. */
  readonly op: string;
  /** The shapes of the inputs at the time of the error. */
  readonly shapes: readonly Shape[];
  /** The kind of failure. */
  readonly code: EngineErrorCode;

  constructor(
    op: string,
    shapes: readonly Shape[],
    detail: string,
    code: EngineErrorCode = 'shape',
  ) {
    super(`${op}: ${detail} (shapes: ${shapes.map(formatShape).join(', ') || 'none'})`);
    this.name = 'EngineError';
    this.op = op;
    this.shapes = shapes;
    this.code = code;
  }
}

/** Renders a shape the way messages print it, e.g. `[2,3]`. */
export function formatShape(shape: Shape): string {
  return `[${shape.join(',')}]`;
}
