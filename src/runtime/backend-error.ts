import type { OnnxTarget } from '../engine/onnx/lowering';
import { errorMessage } from '../lib/error-message';

/** A failure inside an accelerated backend, naming the backend and keeping the original cause. */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  /** The backend that failed. */
  readonly backend: OnnxTarget;

  /** Wraps `cause`, which failed while the backend was doing `action`. */
  constructor(backend: OnnxTarget, action: string, cause: unknown) {
    const reason = errorMessage(cause);
    super(`${backend} backend failed to ${action}: ${reason}`, { cause });
    this.backend = backend;
  }
}
