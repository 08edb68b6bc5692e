import { deferAcceleration } from '../../src/runtime/acceleration-gate';

const ENGAGING = ['pointerdown', 'keydown', 'input', 'focusin'] as const;
let held = false;

/**
 * Holds `auto`'s background compilation until the reader first presses, types or tabs inside a
 * figure: TypeScript answers a single sentence in milliseconds, and a reader who only reads never
 * downloads ORT's WebAssembly runtime (14 MB) nor waits on its compilation. Idempotent.
 */
export function holdAccelerationForReader(): void {
  if (held || typeof document === 'undefined') return;
  held = true;
  deferAcceleration(
    new Promise<void>((resolve) => {
      const engaged = (event: Event) => {
        if (!(event.target instanceof Element) || !event.target.closest('[data-figure]')) return;
        for (const type of ENGAGING) document.removeEventListener(type, engaged, true);
        resolve();
      };
      for (const type of ENGAGING) document.addEventListener(type, engaged, true);
    }),
  );
}
