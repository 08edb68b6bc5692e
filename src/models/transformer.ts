import { add, causalMask, gather, reshape, scale, slice, softmax, Tensor, zeros } from '../engine';
import { sinusoidalEncoding } from '../engine/positional';
import { runNow, type Resumable } from '../runtime/yield-to-main';
import type { AttentionHooks } from './attention-hooks';
import { padIds, teacherForcing, tokenMask, type IdBatch } from './batch';
import { greedyDecode, type Decoded } from './decode';
import { createLinear, linear, type Linear } from './linear';
import { ParameterSet, type Initialisation } from './parameter-set';
import { sequenceLoss, type Seq2SeqModel, type StepOutput } from './seq2seq';
import { MAX_TARGET_TOKENS, type Named } from './step-graphs';
import { projectHeads } from './multi-head-attention';
import { cachedDecoderLayer, embedAt } from './transformer-step';
import {
  createDecoderLayer,
  createEncoderLayer,
  decoderLayer,
  encoderLayer,
  type DecoderLayer,
  type EncoderLayer,
} from './transformer-layers';

/** Sizes of the encoder-decoder Transformer. */
export interface TransformerConfig {
  readonly srcVocab: number;
  readonly tgtVocab: number;
  readonly dModel: number;
  readonly heads: number;
  readonly dFF: number;
  readonly layers: number;
  /** Longest sequence (source or target with <bos>) the positional table covers. */
  readonly maxPositions: number;
  /** Label smoothing ε of the training loss. */
  readonly smoothing: number;
  readonly seed: number;
}

/** Decoder state: the encoder memory, its padding mask and each row's tokens so far. */
export interface TransformerState {
  readonly memory: Tensor;
  readonly sourceMask: Tensor;
  readonly prefix: readonly (readonly number[])[];
}

/** Vaswani et al. (2017), post-LN, without dropout: a small encoder-decoder Transformer. */
export class Transformer implements Seq2SeqModel<TransformerState> {
  readonly kind = 'transformer';
  readonly config: TransformerConfig;
  readonly #params: ParameterSet;
  readonly #srcEmbedding: Tensor;
  readonly #tgtEmbedding: Tensor;
  readonly #positions: Tensor;
  readonly #encoder: readonly EncoderLayer[];
  readonly #decoder: readonly DecoderLayer[];
  readonly #output: Linear;

  /** `initialisation` 'zeros' skips the random draws for a model about to load stored weights. */
  constructor(config: TransformerConfig, initialisation: Initialisation = 'random') {
    this.config = config;
    const { srcVocab, tgtVocab, dModel, heads, dFF, layers, maxPositions, seed } = config;
    const p = (this.#params = new ParameterSet(seed, initialisation));
    // Embeddings are multiplied by √d, so std 1/√d gives unit-variance token vectors.
    this.#srcEmbedding = p.normal('encoder.embedding', [srcVocab, dModel], dModel ** -0.5);
    this.#tgtEmbedding = p.normal('decoder.embedding', [tgtVocab, dModel], dModel ** -0.5);
    const range = Array.from({ length: layers }, (_, i) => i);
    this.#encoder = range.map((i) => createEncoderLayer(p, `encoder.${i}`, dModel, heads, dFF));
    this.#decoder = range.map((i) => createDecoderLayer(p, `decoder.${i}`, dModel, heads, dFF));
    this.#output = createLinear(p, 'decoder.output', dModel, tgtVocab);
    this.#positions = sinusoidalEncoding(maxPositions, dModel);
  }

  /** {@inheritDoc Seq2SeqModel.parameters} */
  parameters(): Map<string, Tensor> {
    return this.#params.tensors;
  }

  /** Encodes the source into the memory the decoder attends to. */
  begin(src: IdBatch): TransformerState {
    const ids = padIds(src);
    const [batch, length] = ids.shape as [number, number];
    const sourceMask = new Tensor(tokenMask(src).data, [batch, 1, 1, length]);
    let x = this.#embed(this.#srcEmbedding, ids);
    for (const layer of this.#encoder) x = encoderLayer(layer, x, sourceMask).output;
    return { memory: x, sourceMask, prefix: src.map(() => []) };
  }

  /**
   * The encoder over one padded sentence: every layer's self-attention weights, FFN output and
   * output, and each decoder layer's cross-attention keys and values of the memory, computed once.
   * `hooks` reach into its attention (TypeScript only).
   */
  encodeGraph(inputs: Named, hooks?: AttentionHooks): Named {
    return runNow(this.encodingGraph(inputs, hooks));
  }

  /** {@link encodeGraph} as a {@link Resumable}, pausable after the embedding and each layer. */
  *encodingGraph({ source, sourceMask }: Named, hooks?: AttentionHooks): Resumable<Named> {
    const length = source!.shape[1]!;
    const { heads } = this.config;
    const sourceAllowed = reshape(sourceMask!, [1, 1, 1, length]);
    const embedded = this.#embed(this.#srcEmbedding, source!);
    const outputs: Record<string, Tensor> = { embedded, sourceAllowed };
    let x = embedded;
    for (const [i, layer] of this.#encoder.entries()) {
      yield;
      const out = encoderLayer(layer, x, sourceAllowed, hooks?.('encoder-self', i));
      outputs[`encoder.${i}.selfWeights`] = out.selfWeights;
      outputs[`encoder.${i}.feedForward`] = out.feedForward;
      outputs[`encoder.${i}.output`] = x = out.output;
    }
    yield;
    this.#decoder.forEach((layer, i) => {
      outputs[`decoder.${i}.memoryKeys`] = projectHeads(x, layer.crossAttention.key, heads);
      outputs[`decoder.${i}.memoryValues`] = projectHeads(x, layer.crossAttention.value, heads);
    });
    return outputs;
  }

  /** Position 0, an empty key/value cache and the encoder's memory keys and values. */
  initialDecoderInputs(encoded: Named): Named {
    const { dModel, heads } = this.config;
    const empty = () => zeros([1, heads, MAX_TARGET_TOKENS, dModel / heads]);
    const inputs: Record<string, Tensor> = {
      position: oneHot(0),
      selfAllowed: new Tensor(oneHot(0).data, [1, 1, 1, MAX_TARGET_TOKENS]),
      sourceAllowed: encoded.sourceAllowed!,
    };
    this.#decoder.forEach((_, i) => {
      inputs[`decoder.${i}.keys`] = empty();
      inputs[`decoder.${i}.values`] = empty();
      inputs[`decoder.${i}.memoryKeys`] = encoded[`decoder.${i}.memoryKeys`]!;
      inputs[`decoder.${i}.memoryValues`] = encoded[`decoder.${i}.memoryValues`]!;
    });
    return inputs;
  }

  /**
   * One decoder step with the key/value cache: only the new position is computed. `hooks` reach
   * into its attention (TypeScript only).
   */
  decodeGraph(inputs: Named, hooks?: AttentionHooks): Named {
    const { token, position, selfAllowed, sourceAllowed } = inputs;
    const slot = reshape(position!, [1, 1, MAX_TARGET_TOKENS, 1]);
    const positions = slice(this.#positions, 0, 0, MAX_TARGET_TOKENS);
    let y = embedAt(this.#tgtEmbedding, positions, token!, position!);
    const outputs: Record<string, Tensor> = {};
    this.#decoder.forEach((layer, i) => {
      const out = cachedDecoderLayer(
        layer,
        y,
        {
          keys: inputs[`decoder.${i}.keys`]!,
          values: inputs[`decoder.${i}.values`]!,
          memoryKeys: inputs[`decoder.${i}.memoryKeys`]!,
          memoryValues: inputs[`decoder.${i}.memoryValues`]!,
        },
        slot,
        selfAllowed!,
        sourceAllowed!,
        hooks && { self: hooks('decoder-self', i), cross: hooks('cross', i) },
      );
      for (const name of ['keys', 'values', 'selfWeights', 'crossWeights', 'feedForward'] as const)
        outputs[`decoder.${i}.${name}`] = out[name];
      outputs[`decoder.${i}.output`] = y = out.output;
    });
    const logits = reshape(linear(y, this.#output), [1, this.config.tgtVocab]);
    return { ...outputs, logits, probabilities: softmax(logits) };
  }

  /** Moves to the next position; the cache comes from the step's outputs. */
  nextDecoderInputs(inputs: Named, outputs: Named): Named {
    const next = inputs.position!.data.indexOf(1) + 1;
    const allowed = new Float32Array(MAX_TARGET_TOKENS).fill(1, 0, next + 1);
    const state: Record<string, Tensor> = {
      ...inputs,
      position: oneHot(next),
      selfAllowed: new Tensor(allowed, [1, 1, 1, MAX_TARGET_TOKENS]),
    };
    this.#decoder.forEach((_, i) => {
      state[`decoder.${i}.keys`] = outputs[`decoder.${i}.keys`]!;
      state[`decoder.${i}.values`] = outputs[`decoder.${i}.values`]!;
    });
    return state;
  }

  /**
   * Re-runs the decoder over the whole prefix (no key/value cache: sentences are short) and
   * returns the last position's logits and its cross-attention, per head and averaged over heads.
   */
  step(state: TransformerState, previous: Tensor): StepOutput<TransformerState> {
    const prefix = state.prefix.map((row, b) => [...row, previous.data[b]!]);
    const { logits, crossWeights } = this.#decode(padIds(prefix), state.memory, state.sourceMask);
    const [batch, length, vocab] = logits.shape as [number, number, number];
    const last = reshape(slice(logits, 1, length - 1, length), [batch, vocab]);
    return {
      logits: last,
      attention: lastRowMeanOverHeads(crossWeights),
      headAttention: lastRowOfEachHead(crossWeights),
      state: { ...state, prefix },
    };
  }

  /** {@inheritDoc Seq2SeqModel.logits} */
  logits(src: IdBatch, tgt: IdBatch): Tensor {
    const { memory, sourceMask } = this.begin(src);
    return this.#decode(teacherForcing(tgt).inputs, memory, sourceMask).logits;
  }

  /** Label-smoothed cross-entropy (ε from the config), as in the paper. */
  loss(src: IdBatch, tgt: IdBatch): Tensor {
    return sequenceLoss(this.logits(src, tgt), tgt, this.config.smoothing);
  }

  /** Greedy translation of one sentence with top-k candidates and last-layer cross-attention. */
  greedyDecode(src: readonly number[], maxLength: number): Decoded {
    return greedyDecode(this, src, maxLength);
  }

  /** √d · E[ids] + PE for ids [B, n] → [B, n, d]. */
  #embed(table: Tensor, ids: Tensor): Tensor {
    const length = ids.shape[1]!;
    const embedded = scale(gather(table, ids), Math.sqrt(this.config.dModel));
    return add(embedded, slice(this.#positions, 0, 0, length));
  }

  #decode(
    inputs: Tensor,
    memory: Tensor,
    sourceMask: Tensor,
  ): { logits: Tensor; crossWeights: Tensor } {
    let y = this.#embed(this.#tgtEmbedding, inputs);
    const causal = causalMask(inputs.shape[1]!);
    const crossWeights: Tensor[] = [];
    for (const layer of this.#decoder) {
      const out = decoderLayer(layer, y, memory, causal, sourceMask);
      y = out.output;
      crossWeights.push(out.crossWeights);
    }
    return { logits: linear(y, this.#output), crossWeights: crossWeights.at(-1)! };
  }
}

/** [1, T] with a one at `position`. */
function oneHot(position: number): Tensor {
  const data = new Float32Array(MAX_TARGET_TOKENS);
  data[position] = 1;
  return new Tensor(data, [1, MAX_TARGET_TOKENS]);
}

/** Weights [B, h, n, m] → the last query's weights of each head, [B, h, m]. */
function lastRowOfEachHead(weights: Tensor): Tensor {
  const [batch, heads, n, m] = weights.shape as [number, number, number, number];
  const out = new Float32Array(batch * heads * m);
  for (let bh = 0; bh < batch * heads; bh++)
    out.set(weights.data.subarray((bh * n + n - 1) * m, (bh * n + n) * m), bh * m);
  return new Tensor(out, [batch, heads, m]);
}

/** Weights [B, h, n, m] → the last query's weights averaged over heads, [B, m]. */
function lastRowMeanOverHeads(weights: Tensor): Tensor {
  const [batch, heads, n, m] = weights.shape as [number, number, number, number];
  const out = new Float32Array(batch * m);
  for (let b = 0; b < batch; b++) {
    for (let h = 0; h < heads; h++) {
      const row = ((b * heads + h) * n + n - 1) * m;
      for (let j = 0; j < m; j++) out[b * m + j]! += weights.data[row + j]! / heads;
    }
  }
  return new Tensor(out, [batch, m]);
}
