// A module worker: the training session of the "Train it yourself" figure (see train-client).
import { parseSlice, SLICE_PATH } from './slice-file';
import type { TrainCommand, TrainEvent } from './train-protocol';
import { createTrainSession } from './train-session';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TrainCommand>) => void) | null;
  postMessage(event: TrainEvent, transfer?: Transferable[]): void;
};

const handle = createTrainSession({
  post: (event) => scope.postMessage(event, event.type === 'weights' ? [event.bytes.buffer] : []),
  loadSlice: async (base) => {
    const response = await fetch(new URL(`${base}${SLICE_PATH}`, self.location.origin));
    if (!response.ok)
      throw new Error(`the training sentences could not be loaded (${response.status})`);
    return parseSlice(await response.json());
  },
});

scope.onmessage = ({ data }) => void handle(data);
