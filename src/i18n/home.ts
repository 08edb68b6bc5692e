import type { Lang } from './ui';

const strings = {
  en: {
    figureTitle: 'A trained Transformer translating, live in your browser',
    figureWaiting:
      'The trained Transformer translates “{sentence}” in your browser; once it has, its Chinese words appear below the English ones, joined by lines as dark as the attention each Chinese word pays to each English word.',
    figureDescription:
      'The trained Transformer translates “{sentence}” as {target}. Averaged over its heads, in the last decoder layer: {pairs}.',
    figurePair: '{target} looks most at “{source}” ({weight})',
    figureFailed: 'The model could not run here: {message}',
    figureLoadFailed:
      'The Transformer could not be loaded ({reason}); reload the page to try again.',
    cardsTitle: 'The chapters',
    card_seq2seq: 'Type a sentence and watch a trained model turn it into Chinese, token by token.',
    'card_encoder-decoder':
      'Step an RNN encoder and decoder through your sentence and see where the fixed vector loses it.',
    card_attention:
      'Edit queries, keys and values and watch every step of attention recompute on your backend.',
    'card_multi-head-attention':
      'Split attention into heads, compare what each head looks at, and mask the future.',
    card_transformer:
      'Open the Transformer block by block and see positional encodings as waves and similarities.',
    'card_under-the-hood':
      'Follow one attention computation through the tensor engine, ONNX and four backends.',
  },
  zh: {
    figureTitle: '训练好的 Transformer 在你的浏览器里实时翻译',
    figureWaiting:
      '训练好的 Transformer 正在你的浏览器里翻译 “{sentence}”；完成后，中文词出现在英文词下方，连线的深浅表示每个中文词对每个英文词的注意力。',
    figureDescription:
      '训练好的 Transformer 把 “{sentence}” 翻译为 {target}。最后一个解码器层各头平均后：{pairs}。',
    figurePair: '{target} 最关注 “{source}”（{weight}）',
    figureFailed: '模型无法在这里运行：{message}',
    figureLoadFailed: '无法加载 Transformer 模型（{reason}）；请刷新页面重试。',
    cardsTitle: '各章内容',
    card_seq2seq: '输入一句英文，看训练好的模型逐个词元把它译成中文。',
    'card_encoder-decoder': '让 RNN 编码器和解码器逐步处理你的句子，看固定向量在哪里丢失信息。',
    card_attention: '编辑查询、键和值，看注意力的每一步在你选的后端上重新计算。',
    'card_multi-head-attention': '把注意力拆成多个头，比较各头关注什么，并遮住未来。',
    card_transformer: '逐块打开 Transformer，把位置编码看成波形和相似度。',
    'card_under-the-hood': '跟着一次注意力计算穿过张量引擎、ONNX 和四种后端。',
  },
} as const;

/** A key of the home page's strings. */
export type HomeKey = keyof (typeof strings)['en'];

/** A home page string in `lang`. */
export function ht(lang: Lang, key: HomeKey): string {
  return strings[lang][key];
}

/** The one line a chapter's card says about what the reader does there, if it has one. */
export function chapterCardLine(lang: Lang, slug: string): string | undefined {
  const key = `card_${slug}`;
  return key in strings[lang] ? strings[lang][key as HomeKey] : undefined;
}
