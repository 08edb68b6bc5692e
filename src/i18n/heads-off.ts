import type { Lang } from './ui';

const strings = {
  en: {
    switchHeads: 'Switch heads off',
    weights: 'Weights',
    trained: 'Trained Transformer',
    untrained: 'Untrained (random weights)',
    untrainedNote:
      'Seeded random weights, nothing trained: the maps show the mechanism, not what a model learns.',
    trainedNote:
      'The trained Transformer of chapter 5, on the page’s sentence. It runs on the TypeScript reference, the one backend that can switch a head off.',
    switchesNote:
      'Switching heads off runs the model on the TypeScript reference, the one backend that can do it.',
    site: 'Attention',
    'site.encoder-self': 'Encoder self-attention',
    'site.decoder-self': 'Decoder masked self-attention',
    'site.cross': 'Cross-attention',
    layer: 'Layer',
    layerNumber: 'Layer {layer}',
    mapCaption: '{site}, layer {layer}, head {head}',
    mapCaptionOff: '{site}, layer {layer}, head {head} (switched off)',
    switches: 'Heads: clear a box to switch that head off',
    'switch.encoder-self': 'Encoder layer {layer}, head {head}',
    'switch.decoder-self': 'Decoder self-attention layer {layer}, head {head}',
    'switch.cross': 'Cross-attention layer {layer}, head {head}',
    allOn: 'Switch every head on',
    allOff: 'Switch every head off',
    countOff: '{off} of {total} heads off.',
    noneOff: 'Every head is on.',
    everyOff:
      'Every head is off: no word can read any other, and nothing of the English sentence reaches the decoder, so it writes the same translation whatever the sentence.',
    crossOff:
      'Every cross-attention head is off: nothing of the English sentence reaches the decoder, so it writes the same translation whatever the sentence.',
    encoderOff:
      'Every encoder head is off: each English word is encoded on its own, without reading the others.',
    decoderOff:
      'Every decoder self-attention head is off: each step reads only the word it is given, not the ones written before it.',
    withEveryHead: 'With every head on',
    withHeadsOff: 'With the heads switched off',
    changed: '(changed)',
    emptyTranslation: '(nothing: the decoder wrote its end token first)',
    changedCount: '{changed} of {total} words differ from the translation with every head on.',
    unchanged: 'The translation is the same as with every head on.',
    lengthCap:
      'The decoder never wrote its end token: it stopped at the length cap of {cap} tokens.',
    accuracy: 'Exact match on the test sample',
    accuracyFigure: '{exact} of {total} sentences translated exactly ({percent}).',
    accuracyBaseline: 'With every head on: {exact} of {total} ({percent}).',
    computing: 'Computing the exact match on {total} test sentences…',
    progress: 'Test sentences translated',
    sampleNote: 'The sample is the first {used} sentences of the corpus’s test split.',
    sampleSkipped:
      'Of the {size} shipped test sentences, {used} are used; {skipped} are left out because the model does not know one of their words.',
    accuracyFailed: 'The exact match could not be computed ({reason}).',
  },
  zh: {
    switchHeads: '关闭某些头',
    weights: '权重',
    trained: '训练好的 Transformer',
    untrained: '未训练（随机权重）',
    untrainedNote:
      '用种子生成的随机权重，没有经过训练：这些热图展示的是机制，而不是模型学到的东西。',
    trainedNote:
      '第 5 章训练好的 Transformer，处理本页的句子。它在 TypeScript 参考实现上运行，这是唯一能关掉某个头的后端。',
    switchesNote: '关掉某些头时，模型在 TypeScript 参考实现上运行，这是唯一能这样做的后端。',
    site: '注意力',
    'site.encoder-self': '编码器自注意力',
    'site.decoder-self': '解码器带掩码的自注意力',
    'site.cross': '交叉注意力',
    layer: '层',
    layerNumber: '第 {layer} 层',
    mapCaption: '{site}，第 {layer} 层，第 {head} 个头',
    mapCaptionOff: '{site}，第 {layer} 层，第 {head} 个头（已关闭）',
    switches: '各个头：取消勾选即可关闭这个头',
    'switch.encoder-self': '编码器第 {layer} 层，第 {head} 个头',
    'switch.decoder-self': '解码器自注意力第 {layer} 层，第 {head} 个头',
    'switch.cross': '交叉注意力第 {layer} 层，第 {head} 个头',
    allOn: '打开所有头',
    allOff: '关闭所有头',
    countOff: '{total} 个头中关闭了 {off} 个。',
    noneOff: '所有头都开着。',
    everyOff:
      '所有头都关闭了：没有一个词能读到别的词，英文句子的任何信息都到不了解码器，所以无论输入什么句子，它写出的译文都一样。',
    crossOff:
      '所有交叉注意力头都关闭了：英文句子的任何信息都到不了解码器，所以无论输入什么句子，它写出的译文都一样。',
    encoderOff: '编码器的所有头都关闭了：每个英文词都被单独编码，读不到其他词。',
    decoderOff: '解码器自注意力的所有头都关闭了：每一步只读到给它的那个词，读不到之前写出的词。',
    withEveryHead: '所有头都开着时',
    withHeadsOff: '关掉这些头之后',
    changed: '（有变化）',
    emptyTranslation: '（什么也没有：解码器第一步就写出了结束词元）',
    changedCount: '{total} 个词中有 {changed} 个与所有头都开着时的译文不同。',
    unchanged: '译文与所有头都开着时相同。',
    lengthCap: '解码器一直没有写出结束词元：它在 {cap} 个词元的长度上限处停下。',
    accuracy: '测试样本上的完全匹配',
    accuracyFigure: '{total} 个句子中有 {exact} 个译得完全正确（{percent}）。',
    accuracyBaseline: '所有头都开着时：{total} 个中 {exact} 个（{percent}）。',
    computing: '正在计算 {total} 个测试句子上的完全匹配……',
    progress: '已翻译的测试句子',
    sampleNote: '样本是语料测试集的前 {used} 个句子。',
    sampleSkipped:
      '随网站提供的 {size} 个测试句子中用了 {used} 个；{skipped} 个被略去，因为模型不认识其中的某个词。',
    accuracyFailed: '无法计算完全匹配（{reason}）。',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the strings of the trained-heads views. */
export type HeadsOffKey = keyof (typeof strings)['en'];

/** The trained-heads string `key` in `lang`, with each `{name}` replaced by `params[name]`. */
export function hs(
  lang: Lang,
  key: HeadsOffKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
