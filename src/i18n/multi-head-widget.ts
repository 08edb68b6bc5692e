import type { Lang } from './ui';

const strings = {
  en: {
    mhHeadCount: 'Number of heads h',
    mhChosenHead: 'Head shown in detail',
    mhMaps: 'Attention weights of each head (rows: queries, columns: keys)',
    mhEmbeddings: 'X: token embeddings',
    mhHeadOutput: 'output of head',
    mhConcat: 'Concat(head₁ … head_h)',
    mhOutput: 'MultiHead(X) = Concat·W_O',
    mhAllWeights: 'All projection weights (columns grouped by head)',
  },
  zh: {
    mhHeadCount: '头数 h',
    mhChosenHead: '详细显示的头',
    mhMaps: '每个头的注意力权重（行：查询，列：键）',
    mhEmbeddings: 'X：词元嵌入',
    mhHeadOutput: '头的输出',
    mhConcat: 'Concat(head₁ … head_h)',
    mhOutput: 'MultiHead(X) = Concat·W_O',
    mhAllWeights: '全部投影权重（各列按头分组）',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A string of the multi-head figure. */
export type MultiHeadWidgetKey = keyof (typeof strings)['en'];

/** The string `key` of the multi-head figure in `lang` (kept apart from the shared widget strings, which every page loads). */
export function mht(lang: Lang, key: MultiHeadWidgetKey): string {
  return strings[lang][key];
}
