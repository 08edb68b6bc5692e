import type { Lang } from './ui';

const strings = {
  en: {
    peWidth: 'Model width d_model',
    peImage: 'PE(pos, k): positions down, dimensions k across',
    peDimension: 'Dimension shown (hover, or focus and use the arrow keys)',
    peImageDescription:
      'A {n} × {d} grid, one row per position and one column per dimension, coloured from blue (−1) through white (0) to red (+1). Even columns are sines and odd columns cosines; the first columns change fastest (wavelength 2π ≈ 6.3 positions), the last ones slowest (wavelength ≈ {slow} positions), so every row is a different pattern.',
    peWave: 'PE(pos, {i}) against the position',
    peWaveDescription:
      'Dimension {i} is a {kind} with a wavelength of {wavelength} positions; over positions 0 to {last} it completes {cycles} cycles.',
    sine: 'sine',
    cosine: 'cosine',
    peSimilarity: 'Similarity PE(p)·PE(q) of every pair of positions',
    peSimilarityDescription:
      'Every diagonal has a single value, because PE(p)·PE(p+k) depends only on the distance k: it is {k0} at k = 0, {k1} at k = 1, {k5} at k = 5 and {k20} at k = 20, whatever p is.',
    peSentenceRows:
      'Rows 0 to {last}, outlined, are the positions of your sentence’s {n} words: {words}.',
    peSentenceKey: 'your sentence, positions 0–{last}',
    peSentenceWave: 'Your sentence on this wave: {values}.',
    peSentenceList: 'Your sentence’s words at their positions, with PE(pos, {i})',
    peSentenceBlock:
      'The outlined top-left {n} × {n} block compares the positions of your sentence’s words.',
    peSentenceEmpty: 'The page’s sentence has no words; the figure still marks the last one.',
    peSentenceTooLong:
      'The page’s sentence has {count} words, more than the {max} positions drawn; the figure still marks the last one that fitted.',
  },
  zh: {
    peWidth: '模型宽度 d_model',
    peImage: 'PE(pos, k)：纵向为位置，横向为维度 k',
    peDimension: '显示的维度（悬停，或聚焦后用方向键）',
    peImageDescription:
      '一个 {n} × {d} 的网格，每行一个位置，每列一个维度，颜色从蓝（−1）经白（0）到红（+1）。偶数列是正弦，奇数列是余弦；最前面的列变化最快（波长 2π ≈ 6.3 个位置），最后的列最慢（波长 ≈ {slow} 个位置），所以每一行的图案都不相同。',
    peWave: 'PE(pos, {i}) 随位置的变化',
    peWaveDescription:
      '第 {i} 维是{kind}，波长为 {wavelength} 个位置；在位置 0 到 {last} 之间它完成 {cycles} 个周期。',
    sine: '正弦',
    cosine: '余弦',
    peSimilarity: '任意两个位置的相似度 PE(p)·PE(q)',
    peSimilarityDescription:
      '每条对角线上只有一个值，因为 PE(p)·PE(p+k) 只取决于距离 k：k = 0 时为 {k0}，k = 1 时为 {k1}，k = 5 时为 {k5}，k = 20 时为 {k20}，与 p 无关。',
    peSentenceRows: '加了边框的第 0 到 {last} 行是你的句子中 {n} 个词的位置：{words}。',
    peSentenceKey: '你的句子，位置 0–{last}',
    peSentenceWave: '你的句子在这条波上的取值：{values}。',
    peSentenceList: '你的句子中各个词所在的位置，以及 PE(pos, {i})',
    peSentenceBlock: '左上角加了边框的 {n} × {n} 块比较的是你的句子中各个词的位置。',
    peSentenceEmpty: '本页的句子里没有词；图中仍标出上一个句子。',
    peSentenceTooLong:
      '本页的句子有 {count} 个词，超过了图中画出的 {max} 个位置；图中仍标出上一个放得下的句子。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A string of the positional-encoding figure. */
export type PositionalWidgetKey = keyof (typeof strings)['en'];

/** The positional-encoding string `key` in `lang`. */
export function pet(lang: Lang, key: PositionalWidgetKey): string {
  return strings[lang][key];
}
