import { causalBlocked } from './maths';
import type { Exercise } from './types';

/** Chapter 4's exercises: head width, W^O, the causal mask, cost and padding. */
export const multiHeadExercises: readonly Exercise[] = [
  {
    kind: 'number',
    id: 'head-width',
    question: {
      en: 'A Transformer has d_model = 512 and h = 16 heads, with d_k = d_model / h. How many dimensions does each head attend in?',
      zh: '某个 Transformer 的 d_model = 512，有 h = 16 个头，d_k = d_model / h。每个头在多少维的空间里计算注意力？',
    },
    answer: () => 512 / 16,
    tolerance: 0,
    working: {
      en: 'd_k = 512 / 16 = {answer}. With more heads each one gets a narrower slice of the same width.',
      zh: 'd_k = 512 / 16 = {answer}。头越多，每个头分到的宽度越窄，总宽度不变。',
    },
  },
  {
    kind: 'number',
    id: 'output-projection-size',
    question: {
      en: 'With h = 8 heads of d_v = 64 and d_model = 512, how many weights does the output projection W^O hold (no bias)?',
      zh: '有 h = 8 个头，d_v = 64，d_model = 512。输出投影 W^O 有多少个权重（不计偏置）？',
    },
    answer: () => 8 * 64 * 512,
    tolerance: 0,
    working: {
      en: 'W^O is (h·d_v) × d_model = (8 × 64) × 512 = 512 × 512 = {answer}.',
      zh: 'W^O 的形状是 (h·d_v) × d_model = (8 × 64) × 512 = 512 × 512 = {answer}。',
    },
  },
  {
    kind: 'number',
    id: 'causal-blocked',
    question: {
      en: 'Self-attention over a sentence of 6 tokens uses a causal mask. How many of the 6 × 6 attention weights are exactly 0?',
      zh: '对一个 6 个词元的句子做自注意力，使用因果掩码。6 × 6 个注意力权重中有多少个恰好为 0？',
    },
    answer: () => causalBlocked(6),
    tolerance: 0,
    working: {
      en: 'Query i may see keys 1 to i, so row i blocks 6 − i keys: 5 + 4 + 3 + 2 + 1 + 0 = {answer}, the cells above the diagonal.',
      zh: '查询 i 可以看到键 1 到 i，所以第 i 行屏蔽 6 − i 个键：5 + 4 + 3 + 2 + 1 + 0 = {answer}，也就是对角线以上的格子。',
    },
  },
  {
    kind: 'choice',
    id: 'cost-of-heads',
    question: {
      en: 'Compared with one head of full width d_model, how much do h heads of width d_model / h cost?',
      zh: '与一个宽度为 d_model 的单头相比，h 个宽度为 d_model / h 的头代价如何？',
    },
    options: [
      {
        text: { en: 'About the same.', zh: '大致相同。' },
        correct: true,
        why: {
          en: 'Right: the projections hold about 4·d_model² weights whatever h is, and each head works in a space h times smaller.',
          zh: '对：无论 h 是多少，投影都大约有 4·d_model² 个权重，而每个头的空间小了 h 倍。',
        },
      },
      {
        text: { en: 'About h times more.', zh: '大约多 h 倍。' },
        correct: false,
        why: {
          en: 'No: that would be true of h heads of full width each; the Transformer splits the width instead.',
          zh: '不对：只有每个头都是全宽时才会这样；Transformer 是把宽度分给各个头。',
        },
      },
      {
        text: { en: 'About h times less.', zh: '大约少 h 倍。' },
        correct: false,
        why: {
          en: 'No: each head is h times smaller, but there are h of them.',
          zh: '不对：每个头小了 h 倍，但一共有 h 个头。',
        },
      },
    ],
  },
  {
    kind: 'choice',
    id: 'padding-mask',
    question: {
      en: 'In a padded batch, what does the padding mask block?',
      zh: '在填充过的批次中，填充掩码屏蔽的是什么？',
    },
    options: [
      {
        text: {
          en: 'The <pad> keys (columns), for every query.',
          zh: '<pad> 键（列），对每个查询都屏蔽。',
        },
        correct: true,
        why: {
          en: 'Right: no query may take information from a padding position, so those columns get weight 0 in every row.',
          zh: '对：任何查询都不能从填充位置获取信息，所以这些列在每一行的权重都是 0。',
        },
      },
      {
        text: {
          en: 'The <pad> queries (rows) only.',
          zh: '只屏蔽 <pad> 查询（行）。',
        },
        correct: false,
        why: {
          en: 'No: the rows of <pad> queries are still computed (and later ignored); it is the <pad> keys that must get no weight.',
          zh: '不对：<pad> 查询的行仍然会被计算（之后忽略）；必须得到零权重的是 <pad> 键。',
        },
      },
      {
        text: {
          en: 'Every key after the query’s own position.',
          zh: '查询自身位置之后的所有键。',
        },
        correct: false,
        why: {
          en: 'No: that is the causal mask, which the decoder uses so that a position cannot see the future.',
          zh: '不对：那是因果掩码，解码器用它让一个位置看不到未来。',
        },
      },
    ],
  },
];
