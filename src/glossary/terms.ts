import type { Bilingual } from '../exercises/types';

/** One glossary entry: the term in both languages, what it means, and where it is introduced. */
export interface GlossaryTerm {
  /** Fragment id of the entry on the glossary page. */
  readonly id: string;
  readonly en: string;
  readonly zh: string;
  /** Slug of the chapter that introduces the term. */
  readonly chapter: string;
  /** Heading id of the section that introduces it, per language (absent: the chapter as a whole). */
  readonly section?: Bilingual;
  readonly meaning: Bilingual;
}

const section = (en: string, zh: string): Bilingual => ({ en, zh });

/** The course's terms, in the order the chapters introduce them. */
export const glossaryTerms: readonly GlossaryTerm[] = [
  {
    id: 'sequence-to-sequence',
    en: 'sequence-to-sequence (seq2seq)',
    zh: '序列到序列',
    chapter: 'seq2seq',
    section: section('what-is-a-sequence-to-sequence-problem', '什么是序列到序列问题'),
    meaning: {
      en: 'A task that maps an input sequence to an output sequence whose length is not fixed in advance, such as translation.',
      zh: '把一个输入序列映射为长度事先不固定的输出序列的任务，例如翻译。',
    },
  },
  {
    id: 'token',
    en: 'token, vocabulary',
    zh: '词元，词表',
    chapter: 'seq2seq',
    section: section('tokens-and-vocabularies', '词元与词表'),
    meaning: {
      en: 'The units text is cut into (words here), and the fixed list of them, each with an id.',
      zh: '文本被切分成的单位（这里是词），以及它们组成的固定列表，每个词元都有一个编号。',
    },
  },
  {
    id: 'autoregressive',
    en: 'autoregressive model',
    zh: '自回归模型',
    chapter: 'seq2seq',
    section: section('modelling-the-output-one-token-at-a-time', '逐个词元地建模输出'),
    meaning: {
      en: 'A model that produces its output one token at a time, each conditioned on the tokens already produced.',
      zh: '逐个生成输出词元的模型，每个词元都以已经生成的词元为条件。',
    },
  },
  {
    id: 'softmax',
    en: 'softmax',
    zh: 'softmax（归一化指数函数）',
    chapter: 'seq2seq',
    section: section('modelling-the-output-one-token-at-a-time', '逐个词元地建模输出'),
    meaning: {
      en: 'Turns a list of scores into probabilities: exp(s_i) / Σ_j exp(s_j), all positive and summing to 1.',
      zh: '把一组得分变成概率：exp(s_i) / Σ_j exp(s_j)，全为正数且和为 1。',
    },
  },
  {
    id: 'cross-entropy',
    en: 'cross-entropy loss',
    zh: '交叉熵损失',
    chapter: 'seq2seq',
    section: section('training-by-maximum-likelihood', '用最大似然训练'),
    meaning: {
      en: 'The training loss −Σ log p of the correct tokens; minimising it maximises the likelihood of the reference translations.',
      zh: '训练损失 −Σ log p（对正确词元求和）；最小化它就是最大化参考译文的似然。',
    },
  },
  {
    id: 'greedy-decoding',
    en: 'greedy decoding',
    zh: '贪心解码',
    chapter: 'seq2seq',
    section: section('greedy-decoding', '贪心解码'),
    meaning: {
      en: 'Generating by always taking the most probable next token.',
      zh: '每一步总是选取最可能的下一个词元来生成输出。',
    },
  },
  {
    id: 'beam-search',
    en: 'beam search, length penalty',
    zh: '束搜索，长度惩罚',
    chapter: 'seq2seq',
    section: section('beam-search', '束搜索'),
    meaning: {
      en: 'Generating while keeping the B best partial translations at every step; the final scores are divided by a function of the length so short outputs are not favoured.',
      zh: '生成时每一步保留 B 个最好的部分译文；最终得分除以长度的函数，以免偏向短的输出。',
    },
  },
  {
    id: 'rnn',
    en: 'recurrent neural network (RNN)',
    zh: '循环神经网络',
    chapter: 'encoder-decoder',
    section: section('recurrent-neural-networks-in-one-page', '一页纸讲清循环神经网络'),
    meaning: {
      en: 'A network that reads a sequence one element at a time, updating a hidden state with the same weights at every step.',
      zh: '一次读入序列中的一个元素、每一步用同一组权重更新隐藏状态的网络。',
    },
  },
  {
    id: 'lstm-gru',
    en: 'LSTM, GRU (gated units)',
    zh: '长短期记忆网络，门控循环单元',
    chapter: 'encoder-decoder',
    section: section('gated-units-lstm-and-gru', '门控单元lstm-与-gru'),
    meaning: {
      en: 'Recurrent cells whose learned gates decide how much of the old state to keep and how much new information to write.',
      zh: '循环单元，用学到的门决定保留多少旧状态、写入多少新信息。',
    },
  },
  {
    id: 'encoder',
    en: 'encoder',
    zh: '编码器',
    chapter: 'encoder-decoder',
    section: section('the-encoder', '编码器'),
    meaning: {
      en: 'The part of the model that reads the source sentence and turns it into vectors.',
      zh: '模型中读入源句并把它变成向量的部分。',
    },
  },
  {
    id: 'context-vector',
    en: 'context vector',
    zh: '上下文向量',
    chapter: 'encoder-decoder',
    section: section('the-encoder', '编码器'),
    meaning: {
      en: 'The summary of the source the decoder reads: one fixed vector in chapter 2, a new weighted average at every output step with attention.',
      zh: '解码器读取的源句摘要：第 2 章里是一个固定向量，有了注意力后则是每个输出步重新计算的加权平均。',
    },
  },
  {
    id: 'decoder',
    en: 'decoder',
    zh: '解码器',
    chapter: 'encoder-decoder',
    section: section('the-decoder', '解码器'),
    meaning: {
      en: 'The part of the model that writes the output one token at a time, reading the encoder’s output and its own previous tokens.',
      zh: '模型中逐个写出输出词元的部分，它读取编码器的输出和自己之前的词元。',
    },
  },
  {
    id: 'teacher-forcing',
    en: 'teacher forcing',
    zh: '教师强制',
    chapter: 'encoder-decoder',
    section: section('teacher-forcing-during-training', '训练时的教师强制'),
    meaning: {
      en: 'Training the decoder on the reference’s previous token rather than on its own prediction.',
      zh: '训练时给解码器输入参考译文中的前一个词元，而不是它自己的预测。',
    },
  },
  {
    id: 'exposure-bias',
    en: 'exposure bias',
    zh: '暴露偏差',
    chapter: 'encoder-decoder',
    section: section('teacher-forcing-during-training', '训练时的教师强制'),
    meaning: {
      en: 'The mismatch between training on perfect prefixes and generating from the model’s own, possibly wrong, ones.',
      zh: '训练时总是看到正确前缀、生成时却要依赖自己可能出错的前缀，两者之间的差异。',
    },
  },
  {
    id: 'bottleneck',
    en: 'bottleneck',
    zh: '瓶颈',
    chapter: 'encoder-decoder',
    section: section('the-bottleneck', '瓶颈'),
    meaning: {
      en: 'The limit of squeezing a whole sentence of any length into one vector of fixed size.',
      zh: '把任意长度的整句话压进一个固定大小向量所带来的限制。',
    },
  },
  {
    id: 'bleu',
    en: 'BLEU',
    zh: 'BLEU（双语评估替补）',
    chapter: 'encoder-decoder',
    section: section('the-bottleneck', '瓶颈'),
    meaning: {
      en: 'A translation score from the n-grams (here up to 4 words) a translation shares with the reference, with a penalty for being too short.',
      zh: '根据译文与参考译文共享的 n 元组（这里最多 4 个词）计算的翻译得分，译文过短时会被惩罚。',
    },
  },
  {
    id: 'exact-match',
    en: 'exact match',
    zh: '完全匹配率',
    chapter: 'encoder-decoder',
    section: section('the-bottleneck', '瓶颈'),
    meaning: {
      en: 'The share of sentences translated exactly as the reference, word for word.',
      zh: '译文与参考译文逐词完全相同的句子所占的比例。',
    },
  },
  {
    id: 'attention',
    en: 'attention',
    zh: '注意力',
    chapter: 'attention',
    section: section('one-context-vector-per-output-step', '每个输出步骤一个上下文向量'),
    meaning: {
      en: 'Computing, for each query, a softmax-weighted average of values, with weights from how well the query matches each key.',
      zh: '对每个查询，按它与各个键的匹配程度做 softmax，得到权重，再对值求加权平均。',
    },
  },
  {
    id: 'alignment',
    en: 'alignment',
    zh: '对齐',
    chapter: 'attention',
    section: section('one-context-vector-per-output-step', '每个输出步骤一个上下文向量'),
    meaning: {
      en: 'Which source words an output word corresponds to; attention weights of a trained model often show it.',
      zh: '一个输出词对应哪些源词；训练好的模型的注意力权重常常能显示出来。',
    },
  },
  {
    id: 'query-key-value',
    en: 'query, key, value',
    zh: '查询、键、值',
    chapter: 'attention',
    section: section('queries-keys-and-values', '查询键与值'),
    meaning: {
      en: 'The three roles in attention: a query is compared with every key, and the values are blended by the resulting weights.',
      zh: '注意力中的三种角色：查询与每个键比较，再用得到的权重混合各个值。',
    },
  },
  {
    id: 'scaled-dot-product',
    en: 'scaled dot-product attention',
    zh: '缩放点积注意力',
    chapter: 'attention',
    section: section('scaled-dot-product-attention', '缩放点积注意力'),
    meaning: {
      en: 'softmax(QKᵀ / √d_k) V: dot-product scores divided by √d_k so the softmax does not saturate.',
      zh: 'softmax(QKᵀ / √d_k) V：点积得分除以 √d_k，使 softmax 不致饱和。',
    },
  },
  {
    id: 'masking',
    en: 'masking',
    zh: '掩码',
    chapter: 'attention',
    section: section('masking', '掩码'),
    meaning: {
      en: 'Replacing disallowed scores by a very large negative number before the softmax, so those keys get exactly zero weight.',
      zh: '在 softmax 之前把不允许的得分换成很大的负数，使这些键的权重恰好为零。',
    },
  },
  {
    id: 'additive-attention',
    en: 'additive attention',
    zh: '加性注意力',
    chapter: 'attention',
    section: section('additive-or-dot-product', '加性还是点积'),
    meaning: {
      en: 'Bahdanau’s scoring of a query against a key with a small feed-forward network instead of a dot product.',
      zh: 'Bahdanau 的打分方式：用一个小的前馈网络而不是点积来比较查询和键。',
    },
  },
  {
    id: 'self-attention',
    en: 'self-attention',
    zh: '自注意力',
    chapter: 'attention',
    section: section('from-attention-to-self-attention', '从注意力到自注意力'),
    meaning: {
      en: 'Attention in which the queries, keys and values all come from the same sequence.',
      zh: '查询、键和值都来自同一个序列的注意力。',
    },
  },
  {
    id: 'multi-head-attention',
    en: 'multi-head attention',
    zh: '多头注意力',
    chapter: 'multi-head-attention',
    section: section('running-several-heads-in-parallel', '多个头并行运行'),
    meaning: {
      en: 'Several attention heads side by side, each on its own projections of the input; their outputs are concatenated and projected by W^O.',
      zh: '多个注意力头并排运行，每个头使用自己对输入的投影；它们的输出拼接后再用 W^O 投影。',
    },
  },
  {
    id: 'cross-attention',
    en: 'cross-attention (encoder-decoder attention)',
    zh: '交叉注意力（编码器-解码器注意力）',
    chapter: 'multi-head-attention',
    section: section(
      'three-uses-of-attention-in-the-transformer',
      'transformer-中注意力的三种用法',
    ),
    meaning: {
      en: 'Attention whose queries come from the decoder and whose keys and values come from the encoder’s output.',
      zh: '查询来自解码器、键和值来自编码器输出的注意力。',
    },
  },
  {
    id: 'causal-mask',
    en: 'causal mask, padding mask',
    zh: '因果掩码，填充掩码',
    chapter: 'multi-head-attention',
    section: section('the-causal-mask', '因果掩码'),
    meaning: {
      en: 'The causal mask keeps a position from attending to later ones; the padding mask keeps every query from attending to padding.',
      zh: '因果掩码让一个位置不能关注它后面的位置；填充掩码让每个查询都不关注填充位置。',
    },
  },
  {
    id: 'transformer',
    en: 'Transformer',
    zh: 'Transformer',
    chapter: 'transformer',
    section: section('the-architecture-at-a-glance', '架构总览'),
    meaning: {
      en: 'The encoder-decoder of Vaswani et al. (2017) built from attention and feed-forward layers only, without recurrence.',
      zh: 'Vaswani 等人（2017）提出的编码器-解码器，只用注意力层和前馈层搭成，没有循环。',
    },
  },
  {
    id: 'positional-encoding',
    en: 'positional encoding',
    zh: '位置编码',
    chapter: 'transformer',
    section: section('inputs-embeddings-and-positional-encoding', '输入嵌入与位置编码'),
    meaning: {
      en: 'A vector added to each token embedding that depends only on the position, so attention can tell word order.',
      zh: '加到每个词元嵌入上、只取决于位置的向量，让注意力能够分辨词序。',
    },
  },
  {
    id: 'feed-forward',
    en: 'position-wise feed-forward network',
    zh: '逐位置前馈网络',
    chapter: 'transformer',
    section: section('sublayer-2-position-wise-feed-forward-network', '子层二逐位置前馈网络'),
    meaning: {
      en: 'Two linear layers with a nonlinearity between them, applied to every position separately with the same weights.',
      zh: '两个线性层中间夹一个非线性函数，用同一组权重分别作用于每个位置。',
    },
  },
  {
    id: 'residual-connection',
    en: 'residual connection',
    zh: '残差连接',
    chapter: 'transformer',
    section: section('residual-connections-and-layer-normalisation', '残差连接与层归一化'),
    meaning: {
      en: 'Adding a sublayer’s input to its output, x + Sublayer(x), so information and gradients can bypass it.',
      zh: '把子层的输入加到它的输出上，即 x + Sublayer(x)，让信息和梯度可以绕过该子层。',
    },
  },
  {
    id: 'layer-normalization',
    en: 'layer normalization',
    zh: '层归一化',
    chapter: 'transformer',
    section: section('residual-connections-and-layer-normalisation', '残差连接与层归一化'),
    meaning: {
      en: 'Rescaling each position’s vector to mean 0 and variance 1, then applying a learned scale and shift.',
      zh: '把每个位置的向量缩放到均值 0、方差 1，再施加学到的缩放和平移。',
    },
  },
  {
    id: 'shifted-right',
    en: 'shifted right (decoder input)',
    zh: '右移（解码器输入）',
    chapter: 'transformer',
    section: section('shifting-the-output-by-one-position', '输出右移一位'),
    meaning: {
      en: 'Feeding the decoder the target with [BOS] in front, so position t predicts token t from the tokens before it.',
      zh: '在目标句前面加上 [BOS] 再输入解码器，使位置 t 根据它之前的词元预测第 t 个词元。',
    },
  },
  {
    id: 'kv-cache',
    en: 'key/value cache (KV cache)',
    zh: '键/值缓存',
    chapter: 'transformer',
    section: section('the-keyvalue-cache', '键值缓存'),
    meaning: {
      en: 'Keeping the keys and values of the positions already decoded, so each new step computes only its own.',
      zh: '保存已解码位置的键和值，每个新步骤只需计算它自己的那一份。',
    },
  },
  {
    id: 'sampling-temperature',
    en: 'sampling, temperature, top-k',
    zh: '采样，温度，top-k',
    chapter: 'transformer',
    section: section('sampling-temperature-top-k-and-top-p', '采样温度top-k-与-top-p'),
    meaning: {
      en: 'Drawing each token at random from softmax(logits / T), optionally among the k most probable only; a low T approaches greedy decoding.',
      zh: '从 softmax(logits / T) 中随机抽取每个词元，也可以只在最可能的 k 个中抽取；T 越低越接近贪心解码。',
    },
  },
  {
    id: 'label-smoothing',
    en: 'label smoothing',
    zh: '标签平滑',
    chapter: 'transformer',
    section: section('label-smoothing', '标签平滑'),
    meaning: {
      en: 'Training towards a target distribution that gives the correct token slightly less than 1 and spreads the rest over the others.',
      zh: '训练目标分布给正确词元略小于 1 的概率，其余概率分给其他词元。',
    },
  },
  {
    id: 'warm-up',
    en: 'learning-rate warm-up',
    zh: '学习率预热',
    chapter: 'transformer',
    section: section('adam-and-the-warm-up-schedule', 'adam-与预热学习率'),
    meaning: {
      en: 'Raising the learning rate gradually over the first training steps before letting it decay.',
      zh: '在训练最初的若干步中逐渐提高学习率，之后再让它衰减。',
    },
  },
  {
    id: 'autograd',
    en: 'automatic differentiation (autograd)',
    zh: '自动微分',
    chapter: 'under-the-hood',
    section: section('learning-by-autograd', '用自动微分学习'),
    meaning: {
      en: 'Computing the gradients of a loss by replaying the recorded operations backwards with the chain rule.',
      zh: '按链式法则把记录下的运算倒着重放一遍，计算损失的梯度。',
    },
  },
];
