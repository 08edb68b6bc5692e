import { positionalValue } from './maths';
import type { Exercise } from './types';

/** Chapter 5's exercises: positional encoding, the KV cache, the FFN, shifting, temperature. */
export const transformerExercises: readonly Exercise[] = [
  {
    kind: 'number',
    id: 'positional-value',
    question: {
      en: 'With d_model = 16, what is the positional encoding PE(pos = 1, dimension 2), that is i = 1 in PE(pos, 2i) = sin(pos / 10000^(2i/d_model))?',
      zh: 'd_model = 16 时，位置编码 PE(pos = 1，第 2 维) 是多少？也就是 PE(pos, 2i) = sin(pos / 10000^(2i/d_model)) 中 i = 1 的情形。',
    },
    answer: () => positionalValue(1, 2, 16),
    tolerance: 0.005,
    working: {
      en: '10000^(2/16) = 10000^0.125 ≈ 3.162, so PE = sin(1 / 3.162) = sin(0.3162) ≈ {answer} (the angle is in radians).',
      zh: '10000^(2/16) = 10000^0.125 ≈ 3.162，所以 PE = sin(1 / 3.162) = sin(0.3162) ≈ {answer}（角度以弧度计）。',
    },
  },
  {
    kind: 'number',
    id: 'kv-cache-keys',
    question: {
      en: 'A decoder with 2 layers of 4 heads each decodes with a key/value cache. Each step stores the keys of its own position in every layer and head. How many key vectors does the cache hold after 5 steps ([BOS] fed at the first)?',
      zh: '一个有 2 层、每层 4 个头的解码器使用键/值缓存解码。每一步在每一层、每个头里存下它自己位置的键。走完 5 步后（第一步输入 [BOS]），缓存里一共有多少个键向量？',
    },
    answer: () => 5 * 2 * 4,
    tolerance: 0,
    working: {
      en: 'One key per step, per layer, per head: 5 × 2 × 4 = {answer} (and as many value vectors). Nothing is recomputed: step 6 adds 8 more.',
      zh: '每一步、每一层、每个头各一个键：5 × 2 × 4 = {answer}（值向量也是这么多）。不需要重新计算：第 6 步再加 8 个。',
    },
  },
  {
    kind: 'number',
    id: 'ffn-parameters',
    question: {
      en: 'The position-wise feed-forward network maps d_model = 512 to d_ff = 2048 and back, each layer with a weight matrix and a bias. How many parameters does it have?',
      zh: '逐位置前馈网络把 d_model = 512 映射到 d_ff = 2048 再映射回来，每一层都有一个权重矩阵和一个偏置。它一共有多少个参数？',
    },
    answer: () => 512 * 2048 + 2048 + 2048 * 512 + 512,
    tolerance: 0,
    working: {
      en: '512 × 2048 + 2048 for the first layer, 2048 × 512 + 512 for the second: 1,050,624 + 1,049,088 = {answer}.',
      zh: '第一层 512 × 2048 + 2048，第二层 2048 × 512 + 512：1,050,624 + 1,049,088 = {answer}。',
    },
  },
  {
    kind: 'choice',
    id: 'shift-right',
    question: {
      en: 'Why is the decoder’s input the target sentence shifted right by one position?',
      zh: '为什么解码器的输入是右移一位的目标句子？',
    },
    options: [
      {
        text: {
          en: 'So that position t predicts token t from the tokens before it only.',
          zh: '使位置 t 只根据它之前的词元预测第 t 个词元。',
        },
        correct: true,
        why: {
          en: 'Right: with [BOS] in front, the input at position t is y_{t−1}; together with the causal mask, no position sees the token it must predict.',
          zh: '对：前面加上 [BOS] 后，位置 t 的输入是 y_{t−1}；再加上因果掩码，没有哪个位置能看到它要预测的词元。',
        },
      },
      {
        text: {
          en: 'To tell the decoder the positions of the tokens.',
          zh: '告诉解码器各个词元的位置。',
        },
        correct: false,
        why: {
          en: 'No: positions come from the positional encoding, which is added to the shifted embeddings.',
          zh: '不对：位置信息来自位置编码，它被加到右移后的嵌入上。',
        },
      },
      {
        text: {
          en: 'To make the target as long as the source.',
          zh: '让目标句和源句一样长。',
        },
        correct: false,
        why: {
          en: 'No: source and target keep their own lengths; cross-attention handles the difference.',
          zh: '不对：源句和目标句保持各自的长度；两者的差异由交叉注意力处理。',
        },
      },
    ],
  },
  {
    kind: 'choice',
    id: 'temperature',
    question: {
      en: 'Sampling divides the logits by a temperature T before the softmax. What does T = 0.5 do?',
      zh: '采样时先把 logits 除以温度 T 再做 softmax。T = 0.5 会怎样？',
    },
    options: [
      {
        text: {
          en: 'It sharpens the distribution: the likely tokens become even more likely.',
          zh: '让分布更尖锐：可能的词元变得更可能。',
        },
        correct: true,
        why: {
          en: 'Right: dividing by 0.5 doubles the gaps between logits, so the samples come closer to greedy decoding, as the decoding figure shows.',
          zh: '对：除以 0.5 使 logits 之间的差距加倍，采样结果更接近贪心解码，正如解码图所示。',
        },
      },
      {
        text: {
          en: 'It flattens the distribution: rare tokens are drawn more often.',
          zh: '让分布更平坦：罕见词元被抽到得更频繁。',
        },
        correct: false,
        why: {
          en: 'No: that is what a temperature above 1 does.',
          zh: '不对：那是温度大于 1 时的效果。',
        },
      },
      {
        text: {
          en: 'It keeps only the more probable half of the vocabulary.',
          zh: '只保留词表中概率较高的一半。',
        },
        correct: false,
        why: {
          en: 'No: cutting the vocabulary is what top-k (or top-p) does; the temperature reshapes the whole distribution.',
          zh: '不对：截断词表是 top-k（或 top-p）的作用；温度改变的是整个分布的形状。',
        },
      },
    ],
  },
];
