// A module worker: loads a shipped model and answers one alignment request (see alignment-client).
import { alignSentence } from './align-sentence';
import type { AlignmentReply, AlignmentRequest } from './alignment-client';
import { fetchModel, ModelLoadError } from './load-model';
import { errorMessage } from '../lib/error-message';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AlignmentRequest>) => void) | null;
  postMessage(reply: AlignmentReply): void;
};

scope.onmessage = ({ data }) => {
  fetchModel(data.kind, { base: data.base })
    .then((bundle) => alignSentence(bundle, data.text))
    .then(
      (alignment) => scope.postMessage({ ok: true, alignment }),
      (error: unknown) =>
        scope.postMessage({
          ok: false,
          message: errorMessage(error),
          ...(error instanceof ModelLoadError
            ? { load: { problem: error.problem, detail: error.detail } }
            : {}),
        }),
    );
};
