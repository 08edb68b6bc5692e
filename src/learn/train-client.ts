import type { TrainCommand, TrainEvent } from './train-protocol';

/** Receives the training worker's events, or the reason the worker failed. */
export interface TrainListener {
  readonly onevent: (event: TrainEvent) => void;
  /** The worker could not start or crashed; it is gone, and a new client is needed. */
  readonly onfailure: (message: string) => void;
}

/** The page's end of one training worker: commands in, events out, failures kept off the console. */
export class TrainClient {
  readonly #worker: Worker;

  /** Starts the module worker; throws when the browser refuses to create it. */
  constructor(listener: TrainListener) {
    this.#worker = new Worker(new URL('./train-worker.ts', import.meta.url), { type: 'module' });
    this.#worker.onmessage = ({ data }: MessageEvent<TrainEvent>) => listener.onevent(data);
    const fail = (message: string) => {
      this.#worker.terminate();
      listener.onfailure(message);
    };
    this.#worker.onerror = (event) => {
      // Handled here: the message goes to the figure, not to the console.
      event.preventDefault();
      fail(event.message || 'the training worker could not start');
    };
    this.#worker.onmessageerror = () => fail('a message from the training worker was unreadable');
  }

  /** Sends one command (an upload's bytes are transferred, not copied). */
  send(command: TrainCommand): void {
    this.#worker.postMessage(command, command.type === 'upload' ? [command.bytes.buffer] : []);
  }

  /** Ends the worker and its training. */
  terminate(): void {
    this.#worker.terminate();
  }
}
