import { deferAcceleration } from '../../src/runtime/acceleration-gate';

const ENGAGING = ['pointerdown', 'keydown', 'input', 'focusin'] as const;
let held = false;

/**
 * Resolves at the reader's first press, keystroke, input or tab inside `target` (and, if given,
 * on an element `accepts`), then stops listening.
 */
export function whenEngaged(
  target: EventTarget,
  accepts: (element: Element) => boolean = () => true,
): Promise<void> {
  return new Promise((resolve) => {
    const engaged = (event: Event) => {
      if (!(event.target instanceof Element) || !accepts(event.target)) return;
      for (const type of ENGAGING) target.removeEventListener(type, engaged, true);
      resolve();
    };
    for (const type of ENGAGING) target.addEventListener(type, engaged, true);
  });
}

/**
 * Holds `auto`'s background compilation until the reader first presses, types or tabs inside a
 * figure: TypeScript answers a single sentence in milliseconds, and a reader who only reads never
 * downloads ORT's WebAssembly runtime (14 MB) nor waits on its compilation. Idempotent.
 */
export function holdAccelerationForReader(): void {
  if (held || typeof document === 'undefined') return;
  held = true;
  deferAcceleration(whenEngaged(document, (element) => element.closest('[data-figure]') !== null));
}
