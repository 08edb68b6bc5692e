import { scaledDot, softmaxWeight, weightedSum } from './maths';
import type { Exercise } from './types';

/** Chapter 3's exercises: a scaled score, a weight, a context value, scaling, masking. */
export const attentionExercises: readonly Exercise[] = [
  {
    kind: 'number',
    id: 'scaled-score',
    question: {
      en: 'A query q = (1, 2, 0, 1) meets a key k = (2, 0, 1, 1), so d_k = 4. What is the scaled score q·k / √d_k?',
      zh: '查询 q = (1, 2, 0, 1) 与键 k = (2, 0, 1, 1) 相遇，d_k = 4。缩放后的得分 q·k / √d_k 是多少？',
    },
    answer: () => scaledDot([1, 2, 0, 1], [2, 0, 1, 1]),
    tolerance: 0.005,
    working: {
      en: 'q·k = 1×2 + 2×0 + 0×1 + 1×1 = 3, and √4 = 2, so the score is 3 / 2 = {answer}.',
      zh: 'q·k = 1×2 + 2×0 + 0×1 + 1×1 = 3，√4 = 2，所以得分是 3 / 2 = {answer}。',
    },
  },
  {
    kind: 'number',
    id: 'attention-weight',
    question: {
      en: 'One query has the scaled scores 1.5, 0.5 and −1 for three keys. What attention weight does the first key get? (Two decimal places are enough.)',
      zh: '某个查询对三个键的缩放得分是 1.5、0.5 和 −1。第一个键得到的注意力权重是多少？（保留两位小数即可。）',
    },
    answer: () => softmaxWeight([1.5, 0.5, -1], 0),
    tolerance: 0.005,
    working: {
      en: 'α₁ = e^1.5 / (e^1.5 + e^0.5 + e^−1) = 4.482 / (4.482 + 1.649 + 0.368) ≈ {answer}.',
      zh: 'α₁ = e^1.5 / (e^1.5 + e^0.5 + e^−1) = 4.482 / (4.482 + 1.649 + 0.368) ≈ {answer}。',
    },
  },
  {
    kind: 'number',
    id: 'context-value',
    question: {
      en: 'The weights of one output step are 0.7, 0.2 and 0.1, and the three encoder states have one dimension with the values 2, 0 and −1. What is the context vector (one number)?',
      zh: '某个输出步的权重是 0.7、0.2 和 0.1，三个编码器状态只有一维，取值分别为 2、0 和 −1。上下文向量（一个数）是多少？',
    },
    answer: () => weightedSum([0.7, 0.2, 0.1], [2, 0, -1]),
    tolerance: 0.005,
    working: {
      en: 'c = 0.7 × 2 + 0.2 × 0 + 0.1 × (−1) = 1.4 − 0.1 = {answer}: a weighted average, dominated by the first state.',
      zh: 'c = 0.7 × 2 + 0.2 × 0 + 0.1 × (−1) = 1.4 − 0.1 = {answer}：一个加权平均，主要由第一个状态决定。',
    },
  },
  {
    kind: 'choice',
    id: 'why-scale',
    question: {
      en: 'Why are the scores divided by √d_k before the softmax?',
      zh: '为什么要在 softmax 之前把得分除以 √d_k？',
    },
    options: [
      {
        text: {
          en: 'To keep the scores’ variance near 1, so the softmax does not saturate on one key.',
          zh: '让得分的方差保持在 1 附近，使 softmax 不会饱和到一个键上。',
        },
        correct: true,
        why: {
          en: 'Right: a dot product of d_k random components has variance about d_k; dividing by √d_k brings it back to about 1, as the why-scale figure shows.',
          zh: '对：d_k 个随机分量的点积方差约为 d_k；除以 √d_k 让它回到 1 左右，正如“为什么要除以 d_k 的平方根”那幅图所示。',
        },
      },
      {
        text: {
          en: 'To make each row of weights sum to 1.',
          zh: '让每一行权重之和为 1。',
        },
        correct: false,
        why: {
          en: 'No: the softmax already makes every row sum to 1, scaled or not.',
          zh: '不对：无论是否缩放，softmax 都会让每一行之和为 1。',
        },
      },
      {
        text: {
          en: 'To save computation on long sentences.',
          zh: '为了在长句上节省计算。',
        },
        correct: false,
        why: {
          en: 'No: dividing by a constant costs a little extra work, and it depends on d_k, not on the sentence length.',
          zh: '不对：除以一个常数反而多了一点计算，而且它取决于 d_k，与句子长度无关。',
        },
      },
    ],
  },
  {
    kind: 'choice',
    id: 'mask-before-softmax',
    question: {
      en: 'A mask replaces the blocked scores by a very large negative number before the softmax. What does that achieve?',
      zh: '掩码在 softmax 之前把被屏蔽的得分换成一个很大的负数。这样做的效果是什么？',
    },
    options: [
      {
        text: {
          en: 'Blocked keys get a weight of exactly 0, and the allowed weights still sum to 1.',
          zh: '被屏蔽的键权重恰好为 0，而允许的键的权重之和仍为 1。',
        },
        correct: true,
        why: {
          en: 'Right: exp of a huge negative number is 0, and the softmax shares the whole weight among the remaining keys.',
          zh: '对：很大负数的指数是 0，softmax 把全部权重分给其余的键。',
        },
      },
      {
        text: {
          en: 'Blocked keys get a negative weight that cancels their value.',
          zh: '被屏蔽的键得到一个负权重，抵消它们的值。',
        },
        correct: false,
        why: {
          en: 'No: softmax weights are never negative; the blocked ones become exactly 0.',
          zh: '不对：softmax 权重从不为负；被屏蔽的权重恰好变为 0。',
        },
      },
      {
        text: {
          en: 'The weights are computed as before and the blocked ones set to 0 afterwards.',
          zh: '先照常计算权重，之后再把被屏蔽的权重置为 0。',
        },
        correct: false,
        why: {
          en: 'No: zeroing after the softmax would leave rows that no longer sum to 1; masking before it avoids that.',
          zh: '不对：在 softmax 之后置零，行和就不再是 1；在它之前加掩码可以避免这个问题。',
        },
      },
    ],
  },
];
