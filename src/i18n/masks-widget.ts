import type { Lang } from './ui';

const strings = {
  en: {
    maskMode: 'Mask',
    maskCausal: 'Causal',
    maskPadding: 'Padding',
    maskBoth: 'Causal and padding',
    maskSentence: 'Sentence of the batch',
    maskEncoderBatch:
      'The encoder’s batch: your sentence and two others in English, filled up with <pad> to the longest.',
    maskDecoderBatch:
      'The decoder’s batch: each sentence’s translation by the trained Transformer after <bos>, filled up with <pad> to the longest.',
    maskAllowed: 'Mask: 1 = may attend, 0 = blocked',
    maskScores: 'Scores QKᵀ/√d_k before softmax (blocked cells hatched)',
    maskWeights: 'Weights after softmax (blocked cells are exactly 0)',
    maskMayAttend: 'may attend to',
    maskBlockedCount: '{blocked} of {total} cells are blocked.',
  },
  zh: {
    maskMode: '掩码',
    maskCausal: '因果掩码',
    maskPadding: '填充掩码',
    maskBoth: '因果掩码加填充掩码',
    maskSentence: '批次中的句子',
    maskEncoderBatch: '编码器的批次：你的句子和另外两个英文句子，用 <pad> 补齐到最长句子的长度。',
    maskDecoderBatch:
      '解码器的批次：训练好的 Transformer 对每个句子的译文，前面加上 <bos>，用 <pad> 补齐到最长句子的长度。',
    maskAllowed: '掩码：1 = 可以关注，0 = 被屏蔽',
    maskScores: 'softmax 之前的分数 QKᵀ/√d_k（被屏蔽的格子带斜纹）',
    maskWeights: 'softmax 之后的权重（被屏蔽的格子恰好为 0）',
    maskMayAttend: '可以关注',
    maskBlockedCount: '{total} 个格子中有 {blocked} 个被屏蔽。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A string of the masks figure. */
export type MasksWidgetKey = keyof (typeof strings)['en'];

/** The masks-figure string `key` in `lang`. */
export function mkt(lang: Lang, key: MasksWidgetKey): string {
  return strings[lang][key];
}
