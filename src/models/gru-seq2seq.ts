import { concat, gather, softmax, tanh, type Tensor } from '../engine';
import { padIds, tokenMask, type IdBatch } from './batch';
import { greedyDecode, type Decoded } from './decode';
import { createGruCell, gruStep, type GruCell } from './gru-cell';
import { encodeGru, encodingGru } from './gru-encoder';
import { runNow, type Resumable } from '../runtime/yield-to-main';
import { createLinear, linear, type Linear } from './linear';
import { ParameterSet, type Initialisation } from './parameter-set';
import { sequenceLoss, stepwiseLogits, type Seq2SeqModel, type StepOutput } from './seq2seq';
import type { Named } from './step-graphs';

/** Sizes of the fixed-context GRU encoder-decoder. */
export interface GruSeq2SeqConfig {
  readonly srcVocab: number;
  readonly tgtVocab: number;
  readonly embedding: number;
  readonly hidden: number;
  readonly seed: number;
}

/** Decoder state: the fixed context vector c and the current hidden state. */
export interface GruState {
  readonly context: Tensor;
  readonly hidden: Tensor;
}

/**
 * Cho et al. (2014): the encoder's final state c is the only view of the source. It starts the
 * decoder (s₀ = tanh(W c)) and is fed to every decoder step and to the output layer.
 */
export class GruSeq2Seq implements Seq2SeqModel<GruState> {
  readonly kind = 'gru';
  readonly config: GruSeq2SeqConfig;
  readonly #params: ParameterSet;
  readonly #srcEmbedding: Tensor;
  readonly #tgtEmbedding: Tensor;
  readonly #encoder: GruCell;
  readonly #bridge: Linear;
  readonly #decoder: GruCell;
  readonly #output: Linear;

  /** `initialisation` 'zeros' skips the random draws for a model about to load stored weights. */
  constructor(config: GruSeq2SeqConfig, initialisation: Initialisation = 'random') {
    this.config = config;
    const { srcVocab, tgtVocab, embedding, hidden, seed } = config;
    const p = (this.#params = new ParameterSet(seed, initialisation));
    this.#srcEmbedding = p.normal('encoder.embedding', [srcVocab, embedding], 0.1);
    this.#encoder = createGruCell(p, 'encoder.gru', embedding, hidden);
    this.#bridge = createLinear(p, 'bridge', hidden, hidden);
    this.#tgtEmbedding = p.normal('decoder.embedding', [tgtVocab, embedding], 0.1);
    this.#decoder = createGruCell(p, 'decoder.gru', embedding + hidden, hidden);
    this.#output = createLinear(p, 'decoder.output', 2 * hidden, tgtVocab);
  }

  /** {@inheritDoc Seq2SeqModel.parameters} */
  parameters(): Map<string, Tensor> {
    return this.#params.tensors;
  }

  /** Encodes the source; the context vector is the encoder's last state. */
  begin(src: IdBatch): GruState {
    const ids = padIds(src);
    const { final } = encodeGru(this.#srcEmbedding, this.#encoder, undefined, ids, tokenMask(src));
    return { context: final, hidden: tanh(linear(final, this.#bridge)) };
  }

  /** The encoder over one padded sentence: its state after every token and the context vector. */
  encodeGraph(inputs: Named): Named {
    return runNow(this.encodingGraph(inputs));
  }

  /** {@inheritDoc StepGraphs.encodingGraph} */
  *encodingGraph({ source, sourceMask }: Named): Resumable<Named> {
    const encoder = [this.#srcEmbedding, this.#encoder, undefined] as const;
    const encoded = yield* encodingGru(...encoder, source!, sourceMask!);
    const context = encoded.final;
    return { states: encoded.states, context, hidden: tanh(linear(context, this.#bridge)) };
  }

  /** The decoder starts from the encoder's context vector and bridged hidden state. */
  initialDecoderInputs(encoded: Named): Named {
    return { context: encoded.context!, hidden: encoded.hidden! };
  }

  /** One decoder step on one sentence: next-token logits and probabilities, and the new state. */
  decodeGraph({ token, context, hidden }: Named): Named {
    const out = this.step({ context: context!, hidden: hidden! }, token!);
    return { logits: out.logits, probabilities: softmax(out.logits), hidden: out.state.hidden };
  }

  /** The context vector stays; the hidden state moves on. */
  nextDecoderInputs(inputs: Named, outputs: Named): Named {
    return { ...inputs, hidden: outputs.hidden! };
  }

  /** s_i = GRU([y_{i-1}; c], s_{i-1}); logits = W_o [s_i; c]. */
  step(state: GruState, previous: Tensor): StepOutput<GruState> {
    const input = concat([gather(this.#tgtEmbedding, previous), state.context], 1);
    const hidden = gruStep(this.#decoder, input, state.hidden);
    const logits = linear(concat([hidden, state.context], 1), this.#output);
    return { logits, state: { context: state.context, hidden } };
  }

  /** {@inheritDoc Seq2SeqModel.logits} */
  logits(src: IdBatch, tgt: IdBatch): Tensor {
    return stepwiseLogits(this, src, tgt);
  }

  /** {@inheritDoc Seq2SeqModel.loss} */
  loss(src: IdBatch, tgt: IdBatch): Tensor {
    return sequenceLoss(this.logits(src, tgt), tgt);
  }

  /** Greedy translation of one sentence with the top-k candidates of every step. */
  greedyDecode(src: readonly number[], maxLength: number): Decoded {
    return greedyDecode(this, src, maxLength);
  }
}
