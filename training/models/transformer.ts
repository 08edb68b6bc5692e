import { add, causalMask, gather, reshape, scale, slice, Tensor } from '../../src/engine';
import { sinusoidalEncoding } from '../../src/engine/positional';
import { padIds, teacherForcing, tokenMask, type IdBatch } from './batch';
import { greedyDecode, type Decoded } from './decode';
import { createLinear, linear, type Linear } from './linear';
import { ParameterSet } from './parameter-set';
import { sequenceLoss, type Seq2SeqModel, type StepOutput } from './seq2seq';
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

  constructor(config: TransformerConfig) {
    this.config = config;
    const { srcVocab, tgtVocab, dModel, heads, dFF, layers, maxPositions, seed } = config;
    const p = (this.#params = new ParameterSet(seed));
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
    for (const layer of this.#encoder) x = encoderLayer(layer, x, sourceMask);
    return { memory: x, sourceMask, prefix: src.map(() => []) };
  }

  /**
   * Re-runs the decoder over the whole prefix (no key/value cache: sentences are short) and
   * returns the last position's logits and its cross-attention, averaged over heads.
   */
  step(state: TransformerState, previous: Tensor): StepOutput<TransformerState> {
    const prefix = state.prefix.map((row, b) => [...row, previous.data[b]!]);
    const { logits, crossWeights } = this.#decode(padIds(prefix), state.memory, state.sourceMask);
    const [batch, length, vocab] = logits.shape as [number, number, number];
    const last = reshape(slice(logits, 1, length - 1, length), [batch, vocab]);
    return {
      logits: last,
      attention: lastRowMeanOverHeads(crossWeights),
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
