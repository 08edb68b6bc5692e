import { softmaxWeight, stepLoss } from './maths';
import type { Exercise } from './types';

/** Chapter 1's exercises: the softmax over the next token, the loss, decoding. */
export const seq2seqExercises: readonly Exercise[] = [
  {
    kind: 'number',
    id: 'next-token-softmax',
    question: {
      en: 'The network scores three candidate next tokens, 她, 他 and 我, with the logits 2, 1 and 0. What probability does the softmax give 她? (Two decimal places are enough.)',
      zh: '网络给三个候选的下一个词元 她、他、我 打出的分数（logits）分别是 2、1、0。softmax 给 她 的概率是多少？（保留两位小数即可。）',
    },
    answer: () => softmaxWeight([2, 1, 0], 0),
    tolerance: 0.005,
    working: {
      en: 'p(她) = e² / (e² + e¹ + e⁰) = 7.389 / (7.389 + 2.718 + 1) ≈ {answer}.',
      zh: 'p(她) = e² / (e² + e¹ + e⁰) = 7.389 / (7.389 + 2.718 + 1) ≈ {answer}。',
    },
  },
  {
    kind: 'number',
    id: 'step-loss',
    question: {
      en: 'During training, the model gives the correct next token a probability of 0.25. How much does this step add to the loss −Σ log p (natural logarithm)?',
      zh: '训练时，模型给正确的下一个词元的概率是 0.25。这一步给损失 −Σ log p（自然对数）增加多少？',
    },
    answer: () => stepLoss(0.25),
    tolerance: 0.005,
    working: {
      en: '−ln 0.25 = ln 4 ≈ {answer}. A probability of 1 would add 0; the smaller the probability of the right token, the larger the loss.',
      zh: '−ln 0.25 = ln 4 ≈ {answer}。概率为 1 时增加 0；正确词元的概率越小，损失越大。',
    },
  },
  {
    kind: 'number',
    id: 'factor-count',
    question: {
      en: 'The model translates the running example as 她 在 吃 一 个 绿色 的 苹果. How many factors p(y_t | y_<t, x) does the product for this output have, counting the one for [EOS]?',
      zh: '模型把例句译为 她 在 吃 一 个 绿色 的 苹果。这个输出的概率乘积中有多少个因子 p(y_t | y_<t, x)？（包括 [EOS] 的那个。）',
    },
    answer: () => '她 在 吃 一 个 绿色 的 苹果'.split(' ').length + 1,
    tolerance: 0,
    working: {
      en: 'Eight Chinese tokens, one factor each, plus one for [EOS]: {answer}. Greedy decoding runs the same number of decoder steps.',
      zh: '八个中文词元各一个因子，再加上 [EOS] 的一个：{answer}。贪心解码运行的解码步数也是这么多。',
    },
  },
  {
    kind: 'choice',
    id: 'beam-width-one',
    question: {
      en: 'What is beam search with a beam width of B = 1?',
      zh: '束宽 B = 1 的束搜索是什么？',
    },
    options: [
      {
        text: { en: 'Greedy decoding.', zh: '贪心解码。' },
        correct: true,
        why: {
          en: 'Right: keeping only the single best hypothesis at every step means taking the most probable token each time.',
          zh: '对：每一步只保留最好的一个假设，就是每次都取最可能的词元。',
        },
      },
      {
        text: {
          en: 'An exact search for the most probable sentence.',
          zh: '对最可能句子的精确搜索。',
        },
        correct: false,
        why: {
          en: 'No: exact search is intractable. A beam of 1 is the narrowest search there is, and it can miss the best sentence.',
          zh: '不对：精确搜索无法实现。束宽为 1 是最窄的搜索，可能错过最好的句子。',
        },
      },
      {
        text: { en: 'Random sampling from the model.', zh: '从模型中随机采样。' },
        correct: false,
        why: {
          en: 'No: beam search is deterministic; it always keeps the highest-scoring hypotheses and never draws at random.',
          zh: '不对：束搜索是确定性的，它总是保留得分最高的假设，从不随机抽取。',
        },
      },
    ],
  },
  {
    kind: 'choice',
    id: 'why-not-classifier',
    question: {
      en: 'Why can a single fixed-size classifier not produce whole translations?',
      zh: '为什么一个固定大小的分类器不能直接输出整句译文？',
    },
    options: [
      {
        text: {
          en: 'There are far too many possible output sentences to have one class each.',
          zh: '可能的输出句子太多，不可能每句对应一个类别。',
        },
        correct: true,
        why: {
          en: 'Right: even eight-word sentences over a large vocabulary number around 10³⁵, so the output is built one token at a time instead.',
          zh: '对：即使只是八个词的句子，在大词表上也有约 10³⁵ 种，所以输出要一个词元一个词元地生成。',
        },
      },
      {
        text: {
          en: 'A softmax cannot output probabilities for Chinese words.',
          zh: 'softmax 不能输出中文词的概率。',
        },
        correct: false,
        why: {
          en: 'No: a softmax works over any vocabulary; token ids are just numbers, whatever language they stand for.',
          zh: '不对：softmax 适用于任何词表；词元 id 只是数字，与它代表哪种语言无关。',
        },
      },
      {
        text: {
          en: 'Classifiers cannot be trained by maximum likelihood.',
          zh: '分类器不能用最大似然训练。',
        },
        correct: false,
        why: {
          en: 'No: cross-entropy, the usual classifier loss, is exactly maximum likelihood; each decoding step is trained that way.',
          zh: '不对：分类器常用的交叉熵损失正是最大似然；每个解码步骤都是这样训练的。',
        },
      },
    ],
  },
];
