import { gruUpdate, rnnState } from './maths';
import type { Exercise } from './types';

/** Chapter 2's exercises: the recurrence, the GRU update, teacher forcing, the bottleneck. */
export const encoderDecoderExercises: readonly Exercise[] = [
  {
    kind: 'number',
    id: 'rnn-two-steps',
    question: {
      en: 'A one-unit RNN computes h_t = tanh(W x_t + U h_{t−1} + b) with W = 1, U = 0.5, b = 0 and h_0 = 0. It reads x_1 = 1, then x_2 = 1. What is h_2?',
      zh: '一个只有一个单元的 RNN 计算 h_t = tanh(W x_t + U h_{t−1} + b)，其中 W = 1、U = 0.5、b = 0、h_0 = 0。它先读入 x_1 = 1，再读入 x_2 = 1。h_2 是多少？',
    },
    answer: () => rnnState([1, 1], 1, 0.5, 0),
    tolerance: 0.005,
    working: {
      en: 'h_1 = tanh(1) ≈ 0.7616; h_2 = tanh(1 + 0.5 × 0.7616) = tanh(1.3808) ≈ {answer}. The same W and U are used at both steps.',
      zh: 'h_1 = tanh(1) ≈ 0.7616；h_2 = tanh(1 + 0.5 × 0.7616) = tanh(1.3808) ≈ {answer}。两步用的是同一组 W 和 U。',
    },
  },
  {
    kind: 'number',
    id: 'gru-update',
    question: {
      en: 'In one unit of a GRU, the update gate is z_t = 0.9, the old state h_{t−1} = 1 and the candidate h̃_t = −1. Using h_t = z_t h_{t−1} + (1 − z_t) h̃_t, what is h_t?',
      zh: 'GRU 的某个单元中，更新门 z_t = 0.9，旧状态 h_{t−1} = 1，候选状态 h̃_t = −1。按 h_t = z_t h_{t−1} + (1 − z_t) h̃_t，h_t 是多少？',
    },
    answer: () => gruUpdate(0.9, 1, -1),
    tolerance: 0.005,
    working: {
      en: 'h_t = 0.9 × 1 + 0.1 × (−1) = {answer}. With z near 1 the unit mostly keeps its old value: that is how a GRU carries information across many steps.',
      zh: 'h_t = 0.9 × 1 + 0.1 × (−1) = {answer}。z 接近 1 时，这个单元基本保留旧值：GRU 正是这样把信息带过许多步。',
    },
  },
  {
    kind: 'number',
    id: 'teacher-forcing-inputs',
    question: {
      en: 'With teacher forcing, the decoder is trained on the reference 她 在 吃 followed by [EOS]. How many input tokens does it receive in this sentence, [BOS] included?',
      zh: '使用教师强制时，解码器在参考译文 她 在 吃（后接 [EOS]）上训练。这个句子里它一共收到多少个输入词元（包括 [BOS]）？',
    },
    answer: () => ['[BOS]', ...'她 在 吃'.split(' ')].length,
    tolerance: 0,
    working: {
      en: 'It predicts 她, 在, 吃 and [EOS], four tokens, and each prediction is fed the reference token before it: [BOS], 她, 在, 吃, so {answer}.',
      zh: '它要预测 她、在、吃 和 [EOS] 四个词元，每次预测输入的是参考译文中前一个词元：[BOS]、她、在、吃，共 {answer} 个。',
    },
  },
  {
    kind: 'choice',
    id: 'teacher-forcing-input',
    question: {
      en: 'During training with teacher forcing, what does the decoder receive as its token input at step t?',
      zh: '用教师强制训练时，解码器在第 t 步收到的词元输入是什么？',
    },
    options: [
      {
        text: {
          en: 'The reference token y_{t−1}, whatever the model predicted.',
          zh: '参考译文中的词元 y_{t−1}，不管模型预测的是什么。',
        },
        correct: true,
        why: {
          en: 'Right: feeding the correct prefix keeps an early mistake from derailing the rest of the sentence during training.',
          zh: '对：输入正确的前缀，训练时一个早期错误就不会让整句跑偏。',
        },
      },
      {
        text: {
          en: 'The token the model itself predicted at step t − 1.',
          zh: '模型自己在第 t − 1 步预测的词元。',
        },
        correct: false,
        why: {
          en: 'No: that is what happens at inference time; the gap between the two is called exposure bias.',
          zh: '不对：那是推理时的情形；两者之间的差异称为暴露偏差。',
        },
      },
      {
        text: {
          en: 'Only the context vector c, no token at all.',
          zh: '只有上下文向量 c，没有任何词元。',
        },
        correct: false,
        why: {
          en: 'No: this is the claim the chapter corrects. The decoder also needs the previous token to know what it has already written.',
          zh: '不对：这正是本章纠正的说法。解码器还需要前一个词元，才知道自己已经写了什么。',
        },
      },
    ],
  },
  {
    kind: 'choice',
    id: 'bottleneck-cause',
    question: {
      en: 'Why does the fixed-vector encoder-decoder lose long sentences?',
      zh: '为什么固定向量的编码器-解码器会丢失长句的内容？',
    },
    options: [
      {
        text: {
          en: 'Everything the decoder learns about the source must pass through one vector of fixed size.',
          zh: '解码器对源句的全部了解都必须经过一个大小固定的向量。',
        },
        correct: true,
        why: {
          en: 'Right: the context vector has the same size for 3 tokens as for 30, so longer sentences must be squeezed harder.',
          zh: '对：无论 3 个词元还是 30 个词元，上下文向量的大小都一样，句子越长压缩得越厉害。',
        },
      },
      {
        text: {
          en: 'The decoder cannot see the token it wrote last.',
          zh: '解码器看不到它上一步写出的词元。',
        },
        correct: false,
        why: {
          en: 'No: the decoder is fed its previous token at every step, in both models.',
          zh: '不对：两个模型的解码器每一步都会收到前一个词元。',
        },
      },
      {
        text: {
          en: 'Its GRU cells forget everything after five tokens.',
          zh: '它的 GRU 单元在五个词元之后就忘掉一切。',
        },
        correct: false,
        why: {
          en: 'No: gates let a GRU keep information over many steps; the limit is the single vector the decoder reads, not a fixed memory span.',
          zh: '不对：门控让 GRU 能在许多步中保留信息；限制在于解码器只读到一个向量，而不是固定的记忆长度。',
        },
      },
    ],
  },
];
