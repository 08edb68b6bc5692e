let gate: Promise<void> = Promise.resolve();

/**
 * Holds back what `auto` compiles in the background until `until` settles. A page uses it to keep
 * ORT's runtime (megabytes of WebAssembly) unloaded for a reader who only reads.
 */
export function deferAcceleration(until: Promise<void>): void {
  gate = until;
}

/** Settles when `auto` may load and compile an accelerated backend. */
export function accelerationAllowed(): Promise<void> {
  return gate;
}
