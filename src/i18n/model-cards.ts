import type { ModelKind } from '../models/seq2seq';
import type { Lang } from './ui';

const strings = {
  en: {
    cardTitle: 'Model card',
    names: {
      gru: 'GRU encoder-decoder with a fixed context vector',
      attention: 'GRU encoder-decoder with additive attention',
      transformer: 'Encoder-decoder Transformer',
    },
    architecture: 'Architecture',
    setting: 'Setting',
    value: 'Value',
    parameters: 'Trainable parameters',
    training: 'Training',
    steps: 'Steps (batches)',
    batch: 'Batch size',
    learningRate: 'Peak learning rate',
    warmup: 'Warm-up steps',
    finetuneSteps: 'Then fine-tuning steps, from those weights',
    finetuneLr: 'Fine-tuning peak learning rate',
    finetuneWarmup: 'Fine-tuning warm-up steps',
    longBatches: 'Fine-tuning batches of long sentences only',
    tokensOrMore: 'English tokens or more',
    epochs: 'Epochs begun',
    wallTime: 'Wall time',
    cpuTime: 'CPU time',
    machine: 'Machine',
    finalLoss: 'Final training loss',
    evaluation: 'Evaluation on the test split (greedy decoding)',
    examples: 'Sentences',
    exactMatch: 'Exact match',
    bleu: 'Corpus BLEU (4-gram, on Chinese words)',
    byLength: 'By English length',
    length: 'English tokens',
    unseen: 'Everyday sentences written by hand',
    unseenIntro:
      'Sentences no generator produced (training/eval/unseen.tsv), each with the Chinese a fluent reader accepts; a sentence the vocabulary refuses counts as wrong.',
    unseenTotal: 'Sentences',
    unseenAccepted: 'Accepted by the vocabulary',
    unseenCorrect: 'Translated acceptably',
    files: 'Shipped file',
    weightsFile: 'weights.bin',
    gzipped: 'gzipped',
    bytes: 'bytes',
    seconds: 's',
    reproduce: 'Reproduce with npm run train, then npm run eval.',
    allModels: 'The three trained models',
  },
  zh: {
    cardTitle: '模型卡片',
    names: {
      gru: '固定上下文向量的 GRU 编码器-解码器',
      attention: '带加性注意力的 GRU 编码器-解码器',
      transformer: '编码器-解码器 Transformer',
    },
    architecture: '结构',
    setting: '设置',
    value: '取值',
    parameters: '可训练参数',
    training: '训练',
    steps: '步数（批次）',
    batch: '批大小',
    learningRate: '峰值学习率',
    warmup: '预热步数',
    finetuneSteps: '随后在这些权重上微调的步数',
    finetuneLr: '微调的峰值学习率',
    finetuneWarmup: '微调的预热步数',
    longBatches: '微调中只含长句的批次',
    tokensOrMore: '个或更多英文词元',
    epochs: '开始的轮数',
    wallTime: '墙钟时间',
    cpuTime: 'CPU 时间',
    machine: '机器',
    finalLoss: '最终训练损失',
    evaluation: '测试集上的评估（贪心解码）',
    examples: '句子数',
    exactMatch: '完全匹配',
    bleu: '语料级 BLEU（4-gram，按中文词）',
    byLength: '按英文长度',
    length: '英文词元数',
    unseen: '人工编写的日常句子',
    unseenIntro:
      '这些句子不是生成器产生的（training/eval/unseen.tsv），每句都附有流利读者认可的中文译法；词表不接受的句子按错误计。',
    unseenTotal: '句子数',
    unseenAccepted: '词表接受',
    unseenCorrect: '译得可以接受',
    files: '发布的文件',
    weightsFile: 'weights.bin',
    gzipped: 'gzip 压缩后',
    bytes: '字节',
    seconds: '秒',
    reproduce: '用 npm run train 再 npm run eval 即可复现。',
    allModels: '三个训练好的模型',
  },
} as const;

/** The model-card page strings in `lang`. */
export function cardStrings(lang: Lang) {
  return strings[lang];
}

/** A model's display name in `lang`. */
export function modelName(lang: Lang, kind: ModelKind): string {
  return strings[lang].names[kind];
}
