import { concat, gather, reshape, softmax, tanh, type Tensor } from '../engine';
import {
  attend,
  createAdditiveAttention,
  projectKeys,
  type AdditiveAttention,
} from './additive-attention';
import { padIds, tokenMask, type IdBatch } from './batch';
import { greedyDecode, type Decoded } from './decode';
import { createGruCell, gruStep, type GruCell } from './gru-cell';
import { encodingGru } from './gru-encoder';
import { runNow, type Resumable } from '../runtime/yield-to-main';
import { createLinear, linear, type Linear } from './linear';
import { ParameterSet, type Initialisation } from './parameter-set';
import { sequenceLoss, stepwiseLogits, type Seq2SeqModel, type StepOutput } from './seq2seq';
import type { Named } from './step-graphs';

/** Sizes of the attention GRU encoder-decoder. */
export interface AttentionSeq2SeqConfig {
  readonly srcVocab: number;
  readonly tgtVocab: number;
  readonly embedding: number;
  readonly hidden: number;
  /** Units of the additive attention's hidden layer. */
  readonly attention: number;
  readonly bidirectional: boolean;
  readonly seed: number;
}

/** Decoder state: encoder states, their projected keys, the source mask and the hidden state. */
export interface AttentionState {
  readonly states: Tensor;
  readonly keys: Tensor;
  readonly mask: Tensor;
  readonly hidden: Tensor;
}

/**
 * Bahdanau et al. (2015): every decoder step attends over all encoder states with the previous
 * decoder state as query; the context c_i feeds the GRU step and the output layer.
 */
export class AttentionSeq2Seq implements Seq2SeqModel<AttentionState> {
  readonly kind = 'attention';
  readonly config: AttentionSeq2SeqConfig;
  readonly #params: ParameterSet;
  readonly #srcEmbedding: Tensor;
  readonly #tgtEmbedding: Tensor;
  readonly #forward: GruCell;
  readonly #backward: GruCell | undefined;
  readonly #bridge: Linear;
  readonly #attention: AdditiveAttention;
  readonly #decoder: GruCell;
  readonly #output: Linear;

  /** `initialisation` 'zeros' skips the random draws for a model about to load stored weights. */
  constructor(config: AttentionSeq2SeqConfig, initialisation: Initialisation = 'random') {
    this.config = config;
    const { srcVocab, tgtVocab, embedding, hidden, attention, bidirectional, seed } = config;
    const p = (this.#params = new ParameterSet(seed, initialisation));
    const stateSize = bidirectional ? 2 * hidden : hidden;
    this.#srcEmbedding = p.normal('encoder.embedding', [srcVocab, embedding], 0.1);
    this.#forward = createGruCell(p, 'encoder.forward', embedding, hidden);
    this.#backward = bidirectional
      ? createGruCell(p, 'encoder.backward', embedding, hidden)
      : undefined;
    this.#bridge = createLinear(p, 'bridge', stateSize, hidden);
    this.#attention = createAdditiveAttention(p, 'attention', hidden, stateSize, attention);
    this.#tgtEmbedding = p.normal('decoder.embedding', [tgtVocab, embedding], 0.1);
    this.#decoder = createGruCell(p, 'decoder.gru', embedding + stateSize, hidden);
    this.#output = createLinear(p, 'decoder.output', hidden + stateSize, tgtVocab);
  }

  /** {@inheritDoc Seq2SeqModel.parameters} */
  parameters(): Map<string, Tensor> {
    return this.#params.tensors;
  }

  /** Encodes the source and projects the attention keys once for all decoder steps. */
  begin(src: IdBatch): AttentionState {
    return this.#encode(padIds(src), tokenMask(src));
  }

  /** The encoder over one padded sentence: its states, their attention keys, the first hidden state. */
  encodeGraph(inputs: Named): Named {
    return runNow(this.encodingGraph(inputs));
  }

  /** {@inheritDoc StepGraphs.encodingGraph} */
  *encodingGraph({ source, sourceMask }: Named): Resumable<Named> {
    const { states, keys, hidden } = yield* this.#encoding(source!, sourceMask!);
    return { states, keys, hidden };
  }

  /** The decoder attends over the encoder's states with the source mask. */
  initialDecoderInputs(encoded: Named, sourceMask: Tensor): Named {
    return { states: encoded.states!, keys: encoded.keys!, hidden: encoded.hidden!, sourceMask };
  }

  /** One decoder step: logits, probabilities, attention weights [1, 1, 1, S], context, new state. */
  decodeGraph({ token, states, keys, hidden, sourceMask }: Named): Named {
    const out = this.step(
      { states: states!, keys: keys!, hidden: hidden!, mask: sourceMask! },
      token!,
    );
    return {
      logits: out.logits,
      probabilities: softmax(out.logits),
      hidden: out.state.hidden,
      'decoder.0.crossWeights': reshape(out.attention!, [1, 1, 1, states!.shape[1]!]),
      context: out.context,
    };
  }

  /** Only the hidden state changes between steps. */
  nextDecoderInputs(inputs: Named, outputs: Named): Named {
    return { ...inputs, hidden: outputs.hidden! };
  }

  #encode(ids: Tensor, sourceMask: Tensor): AttentionState {
    return runNow(this.#encoding(ids, sourceMask));
  }

  *#encoding(ids: Tensor, sourceMask: Tensor): Resumable<AttentionState> {
    const encoder = [this.#srcEmbedding, this.#forward, this.#backward] as const;
    const { states, final, mask } = yield* encodingGru(...encoder, ids, sourceMask);
    yield;
    const keys = projectKeys(this.#attention, states);
    return { states, keys, mask, hidden: tanh(linear(final, this.#bridge)) };
  }

  /** c_i = attend(s_{i-1}); s_i = GRU([y_{i-1}; c_i], s_{i-1}); logits = W_o [s_i; c_i]. */
  step(state: AttentionState, previous: Tensor): StepOutput<AttentionState> & { context: Tensor } {
    const { states, keys, mask } = state;
    const { context, weights } = attend(this.#attention, keys, states, mask, state.hidden);
    const input = concat([gather(this.#tgtEmbedding, previous), context], 1);
    const hidden = gruStep(this.#decoder, input, state.hidden);
    const logits = linear(concat([hidden, context], 1), this.#output);
    return { logits, attention: weights, context, state: { ...state, hidden } };
  }

  /** {@inheritDoc Seq2SeqModel.logits} */
  logits(src: IdBatch, tgt: IdBatch): Tensor {
    return stepwiseLogits(this, src, tgt);
  }

  /** {@inheritDoc Seq2SeqModel.loss} */
  loss(src: IdBatch, tgt: IdBatch): Tensor {
    return sequenceLoss(this.logits(src, tgt), tgt);
  }

  /** Greedy translation of one sentence with top-k candidates and attention weights per step. */
  greedyDecode(src: readonly number[], maxLength: number): Decoded {
    return greedyDecode(this, src, maxLength);
  }
}
