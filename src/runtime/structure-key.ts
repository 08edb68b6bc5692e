import type { Tensor } from '../engine/tensor';
import type { Trace } from '../engine/trace';

// Constants at most this long are keyed by value on every run (a scale factor, a small mask);
// longer ones are parameters, hashed once and remembered by identity. A parameter changed in
// place (an optimiser step) must therefore be fed as an input, not captured as a constant.
const BY_VALUE = 256;
const parameterKeys = new WeakMap<Tensor, string>();

/** A string that is equal for two traces exactly when they lower to the same ONNX graph. */
export function structureKey(trace: Trace): string {
  const parts = trace.inputs.map(({ name, tensor }) => `in ${name} ${tensor.shape.join('x')}`);
  for (const step of trace.steps) {
    const inputs = step.inputs.map(({ tensor, source }) => {
      if (source.kind === 'step') return `s${source.step}`;
      if (source.kind === 'input') return `i:${source.name}`;
      return `c:${constantKey(tensor)}`;
    });
    parts.push(
      `${step.op}(${inputs.join(',')})${JSON.stringify(step.attrs)}->${step.output.shape.join('x')}`,
    );
  }
  return parts.join(';');
}

function constantKey(tensor: Tensor): string {
  const shape = tensor.shape.join('x');
  if (tensor.data.length <= BY_VALUE) return `${shape}[${tensor.data.join(' ')}]`;
  let key = parameterKeys.get(tensor);
  if (key === undefined) {
    key = `${shape}#${hash(tensor.data)}`;
    parameterKeys.set(tensor, key);
  }
  return key;
}

/** FNV-1a over the float bits: two parameters of one shape collide only by astronomical chance. */
function hash(data: Float32Array): string {
  const bits = new Uint32Array(data.buffer, data.byteOffset, data.length);
  let h = 0x811c9dc5;
  for (let i = 0; i < bits.length; i++) h = Math.imul(h ^ bits[i]!, 0x01000193);
  return (h >>> 0).toString(16);
}
