// The playground's trained preset, in one chunk loaded when the reader chooses it: the model, its
// decoding and these panels stay out of the page's JavaScript until then.

export { TrainedModel } from './trained-model.svelte';
export { default as TrainedSitePicker } from './TrainedSitePicker.svelte';
export { default as TrainedComparison } from './TrainedComparison.svelte';
