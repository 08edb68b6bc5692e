import type { Lang } from './ui';

// The Q/K/V playground's trained preset: its own table, so pages without the playground do not
// carry its words.
const strings = {
  en: {
    problemRefused: 'The model cannot run with this value',
    preset: 'Trained Transformer',
    noMask:
      "No mask to add: the model's encoder sees every word, and a decoder step's keys already stop at its own position.",
    backendNote:
      'Edits inside the trained Transformer re-run it on the TypeScript reference; the steps below run on the backend chosen here.',
    site: 'Where in the trained Transformer',
    kind: 'Attention',
    'encoder-self': 'Encoder self-attention',
    'decoder-self': 'Decoder self-attention (masked)',
    cross: 'Cross-attention',
    layer: 'Layer',
    step: 'Target step',
    stepOption: 'Step {n}: reads {input}, writes {output}',
    help: "The grids hold this head's own queries, keys and values for the page's sentence, d_k = {dk} numbers a row. Edit any of them: the model runs again from this head on with your values, through its remaining layers and the whole translation.",
    effect: 'What the model does with your values',
    original: "The model's translation",
    edited: 'With your values',
    changed: 'changed',
    noEdit: 'Edit a number in Q, K or V: the translation and this head’s weights answer here.',
    unchanged: 'The translation did not change.',
    changes: '{count} of its {total} tokens changed; the first change is at step {step}.',
    lengthCap:
      'With your values the decoder never wrote the end token: it stopped at the length limit of {limit} tokens.',
    headAt: 'Head {head}, {site}: how its attention moved',
    weights: 'The model’s weights',
    weightsEdited: 'Weights with your values',
    topOriginal: 'Step {step}, the model’s own',
    topEdited: 'Step {step}, with your values',
    rerun: 'Re-ran the model on the TypeScript reference in {ms} ms.',
    refused:
      'The model cannot run with that value ({reason}). The figure keeps the last values that ran.',
    reset: 'Reset to the model’s values',
    siteName: '{kind}, layer {layer}',
    siteNameStep: '{kind}, layer {layer}, step {step}',
  },
  zh: {
    problemRefused: '模型无法用这个值运行',
    preset: '训练好的 Transformer',
    noMask: '这里不需要另加掩码：编码器看得到每个词，解码器每一步的键本来就只到它自己的位置为止。',
    backendNote:
      '在训练好的 Transformer 内部所做的修改都在 TypeScript 参考实现上重新运行；下面的各个步骤在这里选择的后端上运行。',
    site: '训练好的 Transformer 中的位置',
    kind: '注意力',
    'encoder-self': '编码器自注意力',
    'decoder-self': '解码器自注意力（带掩码）',
    cross: '交叉注意力',
    layer: '层',
    step: '目标步',
    stepOption: '第 {n} 步：读入 {input}，写出 {output}',
    help: '格子里是这个头对本页句子算出的查询、键和值，每行 d_k = {dk} 个数。改动其中任何一个数，模型就从这个头开始用你的值重新运行，经过余下的层，直到整句翻译完成。',
    effect: '模型怎样处理你的值',
    original: '模型的译文',
    edited: '用你的值',
    changed: '已改变',
    noEdit: '改动 Q、K 或 V 中的一个数：译文和这个头的权重会在这里给出回应。',
    unchanged: '译文没有变化。',
    changes: '{total} 个词元中有 {count} 个改变了；第一处改变在第 {step} 步。',
    lengthCap: '用你的值，解码器一直没有写出结束词元：它停在了 {limit} 个词元的长度上限。',
    headAt: '头 {head}，{site}：注意力怎样移动',
    weights: '模型的权重',
    weightsEdited: '用你的值得到的权重',
    topOriginal: '第 {step} 步，模型原来的',
    topEdited: '第 {step} 步，用你的值',
    rerun: '在 TypeScript 参考实现上重新运行模型，用时 {ms} ms。',
    refused: '模型无法用这个值运行（{reason}）。图中保留上一次能够运行的值。',
    reset: '恢复模型的原值',
    siteName: '{kind}，第 {layer} 层',
    siteNameStep: '{kind}，第 {layer} 层，第 {step} 步',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the trained preset's strings. */
export type TrainedWidgetKey = keyof (typeof strings)['en'];

/** The trained preset's string `key` in `lang`, with each `{name}` replaced by `params[name]`. */
export function trw(
  lang: Lang,
  key: TrainedWidgetKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
