/** What a reader sees about an op: English, Chinese and a KaTeX formula. */
export interface OpDescription {
  readonly en: string;
  readonly zh: string;
  readonly formula: string;
}

/** What each engine op does, in both languages, with its formula in KaTeX (keyed by op name). */
export const opDescriptions: Readonly<Record<string, OpDescription>> = {
  add: {
    en: 'Adds two tensors element by element. Shapes are aligned from the right and axes of size 1 are stretched (broadcasting), so a bias [d] can be added to every row of [n, d].',
    zh: '逐元素相加。形状从右侧对齐，大小为 1 的轴会被拉伸（广播），因此偏置 [d] 可以加到 [n, d] 的每一行。',
    formula: 'c_i = a_i + b_i',
  },
  affine: {
    en: 'A linear layer: each row of x is multiplied by the weight matrix W, then the bias b is added.',
    zh: '线性层：x 的每一行乘以权重矩阵 W，再加上偏置 b。',
    formula: 'y = xW + b',
  },
  argmax: {
    en: 'The position of the largest value along the last axis, e.g. the most likely next token. It has no gradient.',
    zh: '沿最后一个轴取最大值所在的位置，例如最可能的下一个词元。它没有梯度。',
    formula: '\\arg\\max_j x_j',
  },
  concat: {
    en: 'Joins tensors end to end along one axis, e.g. the outputs of all attention heads.',
    zh: '沿某一轴首尾拼接多个张量，例如拼接所有注意力头的输出。',
    formula: '[A ; B]',
  },
  crossEntropy: {
    en: 'How surprised the model is by the right answers: −log of the probability it gave each target, averaged over targets that are not padding. Label smoothing mixes the one-hot target with a uniform distribution (weight ε).',
    zh: '模型对正确答案有多“意外”：对每个目标取其预测概率的 −log，并在非填充目标上取平均。标签平滑把独热目标与均匀分布按权重 ε 混合。',
    formula:
      '\\mathcal{L} = -\\frac{1}{|R|} \\sum_{r \\in R} \\sum_j q_{rj} \\log \\mathrm{softmax}(z_r)_j,\\quad q = (1-\\varepsilon)\\,\\mathrm{onehot}(t) + \\tfrac{\\varepsilon}{V}',
  },
  div: {
    en: 'Divides the first tensor by the second, element by element, with broadcasting.',
    zh: '逐元素相除（第一个除以第二个），支持广播。',
    formula: 'c_i = a_i / b_i',
  },
  exp: {
    en: 'Exponential function, element by element.',
    zh: '逐元素取指数。',
    formula: 'y_i = e^{x_i}',
  },
  gather: {
    en: 'Embedding lookup: each integer token id selects one row of the table, so ids [n] give vectors [n, d].',
    zh: '嵌入查找：每个整数词元 id 选出表中的一行，因此 ids [n] 得到向量 [n, d]。',
    formula: 'y_{i} = E_{\\,\\mathrm{id}_i,\\,:}',
  },
  gelu: {
    en: 'Gaussian error linear unit, tanh approximation: a smooth ReLU that lets small negative values through.',
    zh: '高斯误差线性单元（tanh 近似）：一种平滑的 ReLU，允许少量负值通过。',
    formula:
      '\\mathrm{GELU}(x) \\approx \\tfrac{1}{2}x\\left(1 + \\tanh\\!\\left(\\sqrt{2/\\pi}\\,(x + 0.044715x^{3})\\right)\\right)',
  },
  layerNorm: {
    en: 'Normalises each position’s feature vector to mean 0 and variance 1, then scales by γ and shifts by β (both learned).',
    zh: '把每个位置的特征向量归一化为均值 0、方差 1，再乘以 γ 并加上 β（二者均可学习）。',
    formula: 'y = \\gamma \\odot \\frac{x - \\mu}{\\sqrt{\\sigma^{2} + \\varepsilon}} + \\beta',
  },
  mask: {
    en: 'Blocks attention to some positions: where the mask is 0 the score is replaced by −10⁹, so after softmax its weight is 0. Where the mask is 1 the score is unchanged.',
    zh: '屏蔽对某些位置的注意力：掩码为 0 处的分数被替换为 −10⁹，softmax 之后权重为 0；掩码为 1 处分数不变。',
    formula: "s'_{ij} = \\begin{cases} s_{ij} & m_{ij} = 1 \\\\ -10^{9} & m_{ij} = 0 \\end{cases}",
  },
  log: {
    en: 'Natural logarithm, element by element. Inputs must be strictly positive.',
    zh: '逐元素取自然对数。输入必须严格为正。',
    formula: 'y_i = \\ln x_i',
  },
  matmul: {
    en: 'Matrix product: entry (i, j) is the dot product of row i of A with column j of B. Leading axes are a batch (e.g. one matrix per head) and broadcast like element-wise ops.',
    zh: '矩阵乘法：第 (i, j) 个元素是 A 的第 i 行与 B 的第 j 列的点积。前面的轴是批次（例如每个头一个矩阵），按逐元素运算的规则广播。',
    formula: '(AB)_{ij} = \\sum_{p} A_{ip} B_{pj}',
  },
  mean: {
    en: 'Averages the elements along the chosen axes; keepdims leaves those axes in place with size 1.',
    zh: '沿选定的轴求元素的平均值；keepdims 会保留这些轴（大小为 1）。',
    formula: 'y = \\frac{1}{n} \\sum_{i=1}^{n} x_i',
  },
  mergeHeads: {
    en: 'Puts the heads back side by side: for every position, the outputs of all heads are joined into one feature vector.',
    zh: '把各个头重新并排：对每个位置，把所有头的输出拼接成一个特征向量。',
    formula: '[h, n, d_k] \\to [n, h\\,d_k]',
  },
  mul: {
    en: 'Multiplies two tensors element by element (not a matrix product), with broadcasting.',
    zh: '逐元素相乘（不是矩阵乘法），支持广播。',
    formula: 'c_i = a_i \\, b_i',
  },
  relu: {
    en: 'Rectified linear unit: keeps positive values and replaces negative ones with 0.',
    zh: '线性整流单元：保留正值，把负值变为 0。',
    formula: '\\mathrm{ReLU}(x) = \\max(0, x)',
  },
  reshape: {
    en: 'Reads the values in row-major order and lays them out in a new shape with the same number of elements.',
    zh: '按行优先顺序读取元素，并以元素个数相同的新形状重新排列。',
    formula: '\\mathbb{R}^{n \\times m} \\to \\mathbb{R}^{nm}',
  },
  scale: {
    en: 'Multiplies every element by the same constant number.',
    zh: '将每个元素乘以同一个常数。',
    formula: 'y_i = c \\, x_i',
  },
  sigmoid: {
    en: 'Logistic sigmoid: squashes any number into (0, 1); used for the gates of GRU and LSTM cells.',
    zh: 'Logistic sigmoid：把任意数压缩到 (0, 1)；用于 GRU 和 LSTM 的门控。',
    formula: '\\sigma(x) = \\frac{1}{1 + e^{-x}}',
  },
  slice: {
    en: 'Keeps the indices start, …, end−1 along one axis and drops the rest.',
    zh: '沿某一轴保留下标 start 到 end−1 的部分，其余丢弃。',
    formula: 'y = x_{[\\dots,\\ \\mathrm{start}:\\mathrm{end},\\ \\dots]}',
  },
  softmax: {
    en: 'Turns scores into probabilities along one axis: exponentiate, then divide by the sum. The maximum is subtracted first so large scores cannot overflow.',
    zh: '沿某一轴把分数变成概率：先取指数，再除以总和。计算前先减去最大值，避免大分数溢出。',
    formula:
      '\\mathrm{softmax}(x)_i = \\frac{e^{x_i - \\max_j x_j}}{\\sum_k e^{x_k - \\max_j x_j}}',
  },
  splitHeads: {
    en: 'Cuts the feature axis of every position into h equal pieces and groups them by head, so each head attends with its own d_model/h features.',
    zh: '把每个位置的特征轴切成 h 等份，并按头分组，使每个头用自己的 d_model/h 个特征做注意力。',
    formula: '[n, d_{\\text{model}}] \\to [h, n, d_{\\text{model}}/h]',
  },
  sub: {
    en: 'Subtracts the second tensor from the first, element by element, with broadcasting.',
    zh: '逐元素相减（第一个减去第二个），支持广播。',
    formula: 'c_i = a_i - b_i',
  },
  sum: {
    en: 'Adds up the elements along the chosen axes; keepdims leaves those axes in place with size 1.',
    zh: '沿选定的轴把元素相加；keepdims 会保留这些轴（大小为 1）。',
    formula: 'y = \\sum_{i} x_i',
  },
  tanh: {
    en: 'Hyperbolic tangent: squashes any number into (−1, 1); used in RNN cells.',
    zh: '双曲正切：把任意数压缩到 (−1, 1)；常用于循环神经网络单元。',
    formula: '\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}',
  },
  topk: {
    en: 'The k largest values along the last axis, largest first, or their positions (ties keep the lower index first). Used for top-k sampling; it has no gradient.',
    zh: '沿最后一个轴取最大的 k 个值（从大到小），或它们的位置（相等时下标小的在前）。用于 top-k 采样；它没有梯度。',
    formula: '\\operatorname{top}_k(x)',
  },
  transpose: {
    en: 'Reorders the axes of a tensor. With two axes this is the matrix transpose: rows become columns.',
    zh: '重新排列张量的轴。对二维张量就是矩阵转置：行变成列。',
    formula: '(X^{\\top})_{ij} = X_{ji}',
  },
};
