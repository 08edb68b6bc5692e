import { describe, expect, it } from 'vitest';
import type { Frame, NounPhrase, Referent } from './frames';
import { renderFrame } from './render-frame';

const pronoun = (p: 'i' | 'you' | 'he' | 'she' | 'we' | 'they'): Referent => ({
  kind: 'pronoun',
  pronoun: p,
});
const np = (noun: string, det: NounPhrase['det'], extra: Partial<NounPhrase> = {}): NounPhrase => ({
  kind: 'np',
  noun,
  det,
  ...extra,
});

// One sentence per construction, its Chinese written by hand.
const CONSTRUCTIONS: readonly (readonly [string, Frame, string, string])[] = [
  [
    'copula 是 with a noun; a role after 是 is not counted; close kin drop 的',
    { kind: 'copula', subject: np('sister', 'my'), complement: np('doctor', 'a') },
    'my sister is a doctor',
    '我 姐姐 是 医生',
  ],
  [
    'copula with a possessed noun',
    { kind: 'copula', subject: pronoun('you'), complement: np('friend', 'my') },
    'you are my friend',
    '你 是 我 的 朋友',
  ],
  [
    'copula negated: 不 是',
    { kind: 'copula', subject: pronoun('he'), complement: np('teacher', 'a'), negated: true },
    'he is not a teacher',
    '他 不 是 老师',
  ],
  [
    'this is + a counted thing',
    { kind: 'copula', subject: 'this', complement: np('book', 'a') },
    'this is a book',
    '这 是 一 本 书',
  ],
  [
    'adjective predicate with 很',
    { kind: 'adjective', subject: pronoun('she'), adjective: 'tall' },
    'she is tall',
    '她 很 高',
  ],
  [
    'adjective predicate negated with 不 (no 很)',
    { kind: 'adjective', subject: np('apple', 'this'), adjective: 'expensive', negated: true },
    'this apple is not expensive',
    '这 个 苹果 不 贵',
  ],
  [
    'degree adverb too: 太 … 了',
    { kind: 'adjective', subject: np('coat', 'the'), adjective: 'expensive', degree: 'too' },
    'the coat is too expensive',
    '外套 太 贵 了',
  ],
  [
    'degree adverb very: 非常',
    { kind: 'adjective', subject: pronoun('i'), adjective: 'hungry', degree: 'very' },
    'i am very hungry',
    '我 非常 饿',
  ],
  [
    'weather: "it" has no Chinese subject',
    { kind: 'adjective', subject: { kind: 'it' }, adjective: 'cold', time: 'today' },
    'it is cold today',
    '今天 很 冷',
  ],
  [
    'the weather as a subject: 天气',
    { kind: 'adjective', subject: np('weather', 'the'), adjective: 'cold' },
    'the weather is cold',
    '天气 很 冷',
  ],
  [
    'a colour predicate is 是 … 的',
    { kind: 'adjective', subject: np('car', 'her'), adjective: 'red' },
    'her car is red',
    '她 的 车 是 红色 的',
  ],
  [
    'location with 在',
    { kind: 'location', subject: pronoun('he'), place: { kind: 'place', place: 'school' } },
    'he is at school',
    '他 在 学校',
  ],
  [
    'here: 这里, with no preposition',
    {
      kind: 'location',
      subject: np('key', 'my', { plural: true }),
      place: { kind: 'place', place: 'here' },
    },
    'my keys are here',
    '我 的 钥匙 在 这里',
  ],
  [
    'come here: 来 这里',
    {
      kind: 'imperative',
      vp: { verb: 'come', destination: { kind: 'place', place: 'here' } },
      style: 'please',
    },
    'please come here',
    '请 来 这里',
  ],
  [
    'existence here needs no 里',
    { kind: 'existence', thing: np('cat', 'a'), place: { kind: 'place', place: 'here' } },
    'there is a cat here',
    '这里 有 一 只 猫',
  ],
  [
    'location on a thing: 在 桌子 上',
    {
      kind: 'location',
      subject: np('book', 'the'),
      place: { kind: 'spot', relation: 'on', thing: np('table', 'the') },
    },
    'the book is on the table',
    '书 在 桌子 上',
  ],
  [
    'where-question in place: 在 哪里',
    {
      kind: 'location',
      subject: np('phone', 'my'),
      place: { kind: 'place', place: 'home' },
      question: 'where',
    },
    'where is my phone ?',
    '我 的 手机 在 哪里 ？',
  ],
  [
    'existence: place + 有',
    {
      kind: 'existence',
      thing: np('cat', 'a'),
      place: { kind: 'place', place: 'kitchen' },
    },
    'there is a cat in the kitchen',
    '厨房 里 有 一 只 猫',
  ],
  [
    'existence negated: 没有, and "no" is not counted',
    {
      kind: 'existence',
      thing: np('apple', 'bare'),
      place: { kind: 'spot', relation: 'in', thing: np('box', 'the') },
      negated: true,
    },
    'there are no apples in the box',
    '盒子 里 没有 苹果',
  ],
  [
    'existence with a number and its measure word',
    {
      kind: 'existence',
      thing: np('student', 30),
      place: { kind: 'place', place: 'classroom' },
    },
    'there are thirty students in the classroom',
    '教室 里 有 三十 个 学生',
  ],
  [
    'possession with 有, kin counted',
    {
      kind: 'clause',
      subject: pronoun('i'),
      predicate: { vp: { verb: 'have', object: np('brother', 'a') }, aspect: 'present' },
    },
    'i have a brother',
    '我 有 一 个 哥哥',
  ],
  [
    'possession negated: 没有',
    {
      kind: 'clause',
      subject: pronoun('she'),
      predicate: {
        vp: { verb: 'have', object: np('bike', 'a') },
        aspect: 'present',
        negated: true,
      },
    },
    'she does not have a bike',
    '她 没有 自行车',
  ],
  [
    'go to a place: 去 + place',
    {
      kind: 'clause',
      subject: pronoun('i'),
      predicate: {
        vp: { verb: 'go', destination: { kind: 'place', place: 'school' } },
        aspect: 'present',
        time: 'every day',
      },
    },
    'i go to school every day',
    '我 每天 去 学校',
  ],
  [
    'go home: 回 家, with 了 in the past',
    {
      kind: 'clause',
      subject: np('father', 'my'),
      predicate: {
        vp: { verb: 'go', destination: { kind: 'place', place: 'home' } },
        aspect: 'past',
        time: 'yesterday',
      },
    },
    'my father went home yesterday',
    '我 爸爸 昨天 回 了 家',
  ],
  [
    'come to a city: 来',
    {
      kind: 'clause',
      subject: np('friend', 'our'),
      predicate: {
        vp: { verb: 'come', destination: { kind: 'place', place: 'beijing' } },
        aspect: 'future',
        time: 'next week',
      },
    },
    'our friend will come to beijing next week',
    '我们 的 朋友 下 个 星期 会 来 北京',
  ],
  [
    'want to + verb: 想',
    {
      kind: 'clause',
      subject: pronoun('i'),
      predicate: {
        vp: { verb: 'eat', object: np('noodles', 'bare') },
        aspect: 'present',
        modal: 'want',
      },
    },
    'i want to eat noodles',
    '我 想 吃 面条',
  ],
  [
    'like to + verb: 喜欢',
    {
      kind: 'clause',
      subject: pronoun('she'),
      predicate: { vp: { verb: 'swim' }, aspect: 'present', modal: 'like' },
    },
    'she likes to swim',
    '她 喜欢 游泳',
  ],
  [
    'can as a skill: 会; negated 不 会',
    {
      kind: 'clause',
      subject: pronoun('he'),
      predicate: {
        vp: { verb: 'play-instrument', object: np('piano', 'the') },
        aspect: 'present',
        modal: 'can',
        negated: true,
      },
    },
    'he can not play the piano',
    '他 不 会 弹 钢琴',
  ],
  [
    'can as being able, asked: 能 … 吗',
    {
      kind: 'clause',
      subject: pronoun('you'),
      predicate: { vp: { verb: 'help', object: pronoun('i') }, aspect: 'present', modal: 'can' },
      question: 'yes-no',
    },
    'can you help me ?',
    '你 能 帮助 我 吗 ？',
  ],
  [
    'must: 必须',
    {
      kind: 'clause',
      subject: pronoun('we'),
      predicate: {
        vp: { verb: 'study' },
        aspect: 'present',
        modal: 'must',
        time: 'tonight',
      },
    },
    'we must study tonight',
    '我们 今晚 必须 学习',
  ],
  [
    'should not: 不 应该',
    {
      kind: 'clause',
      subject: pronoun('you'),
      predicate: {
        vp: { verb: 'drink', object: np('coffee', 'bare') },
        aspect: 'present',
        modal: 'should',
        negated: true,
      },
    },
    'you should not drink coffee',
    '你 不 应该 喝 咖啡',
  ],
  [
    'future with will: 会, time before the verb',
    {
      kind: 'clause',
      subject: pronoun('they'),
      predicate: {
        vp: { verb: 'visit', object: np('grandmother', 'their') },
        aspect: 'future',
        time: 'tomorrow',
      },
    },
    'they will visit their grandmother tomorrow',
    '他们 明天 会 看望 他们 奶奶',
  ],
  [
    'be going to: 要',
    {
      kind: 'clause',
      subject: pronoun('we'),
      predicate: {
        vp: { verb: 'buy', object: np('car', 'a') },
        aspect: 'going-to',
        time: 'next year',
      },
    },
    'we are going to buy a car next year',
    '我们 明年 要 买 一 辆 车',
  ],
  [
    'past with 了',
    {
      kind: 'clause',
      subject: { kind: 'name', name: 'tom' },
      predicate: {
        vp: { verb: 'buy', object: np('shirt', 'a', { adjective: 'new' }) },
        aspect: 'past',
        time: 'last week',
      },
    },
    'tom bought a new shirt last week',
    '汤姆 上 个 星期 买 了 一 件 新 衬衫',
  ],
  [
    'experience with 过: have … before',
    {
      kind: 'clause',
      subject: pronoun('i'),
      predicate: { vp: { verb: 'eat', object: np('dumpling', 'bare') }, aspect: 'experience' },
    },
    'i have eaten dumplings before',
    '我 以前 吃 过 饺子',
  ],
  [
    'experience negated: 从来 没 … 过',
    {
      kind: 'clause',
      subject: pronoun('she'),
      predicate: {
        vp: { verb: 'see', object: np('panda', 'a') },
        aspect: 'experience',
        negated: true,
      },
    },
    'she has never seen a panda',
    '她 从来 没 看见 过 熊猫',
  ],
  [
    'experience asked: have you ever … → 过 … 吗',
    {
      kind: 'clause',
      subject: pronoun('you'),
      predicate: {
        vp: { verb: 'go', destination: { kind: 'place', place: 'china' } },
        aspect: 'experience',
      },
      question: 'yes-no',
    },
    'have you ever been to china ?',
    '你 去 过 中国 吗 ？',
  ],
  [
    'negation scope: not always → 不 总是',
    {
      kind: 'clause',
      subject: pronoun('he'),
      predicate: {
        vp: { verb: 'eat', object: np('breakfast', 'bare') },
        aspect: 'present',
        negated: true,
        frequency: 'always',
      },
    },
    'he does not always eat breakfast',
    '他 不 总是 吃 早饭',
  ],
  [
    'past negation: 没, no 了',
    {
      kind: 'clause',
      subject: pronoun('we'),
      predicate: {
        vp: { verb: 'watch', object: np('movie', 'the') },
        aspect: 'past',
        negated: true,
      },
    },
    'we did not watch the movie',
    '我们 没 看 电影',
  ],
  [
    'comparative with 比',
    {
      kind: 'compare',
      subject: pronoun('she'),
      adjective: 'tall',
      other: np('brother', 'her'),
    },
    'she is taller than her brother',
    '她 比 她 哥哥 高',
  ],
  [
    'comparative with "more": 比',
    {
      kind: 'compare',
      subject: np('book', 'this'),
      adjective: 'interesting',
      other: np('movie', 'the'),
    },
    'this book is more interesting than the movie',
    '这 本 书 比 电影 有趣',
  ],
  [
    'superlative with 最',
    { kind: 'superlative', subject: 'this', adjective: 'big', noun: 'apple' },
    'this is the biggest apple',
    '这 是 最 大 的 苹果',
  ],
  [
    'what in situ: 什么',
    {
      kind: 'clause',
      subject: pronoun('you'),
      predicate: { vp: { verb: 'eat' }, aspect: 'present', modal: 'want' },
      question: 'what',
    },
    'what do you want to eat ?',
    '你 想 吃 什么 ？',
  ],
  [
    'who in situ: 谁',
    { kind: 'copula', subject: np('man', 'that'), question: 'who' },
    'who is that man ?',
    '那 个 男人 是 谁 ？',
  ],
  [
    'when: 什么时候, before the verb',
    {
      kind: 'clause',
      subject: pronoun('you'),
      predicate: {
        vp: { verb: 'go', destination: { kind: 'place', place: 'park' } },
        aspect: 'future',
      },
      question: 'when',
    },
    'when will you go to the park ?',
    '你 什么时候 去 公园 ？',
  ],
  [
    'how many: 几 + measure word',
    { kind: 'how-many', subject: pronoun('you'), verb: 'have', noun: 'book', aspect: 'present' },
    'how many books do you have ?',
    '你 有 几 本 书 ？',
  ],
  [
    'why: 为什么 after the subject',
    {
      kind: 'clause',
      subject: pronoun('she'),
      predicate: { vp: { verb: 'cry' }, aspect: 'progressive' },
      question: 'why',
    },
    'why is she crying ?',
    '她 为什么 在 哭 ？',
  ],
  [
    'yes/no question with 吗',
    {
      kind: 'clause',
      subject: pronoun('you'),
      predicate: { vp: { verb: 'like', object: np('tea', 'bare') }, aspect: 'present' },
      question: 'yes-no',
    },
    'do you like tea ?',
    '你 喜欢 茶 吗 ？',
  ],
  [
    'imperative with 请',
    {
      kind: 'imperative',
      vp: { verb: 'open', object: np('window', 'the') },
      style: 'please',
    },
    'please open the window',
    '请 打开 窗户',
  ],
  [
    'negative imperative: 请 不要',
    { kind: 'imperative', vp: { verb: 'cry' }, style: 'please', negated: true },
    'please do not cry',
    '请 不要 哭',
  ],
  [
    "let's: 我们 … 吧",
    {
      kind: 'imperative',
      vp: { verb: 'go', destination: { kind: 'place', place: 'zoo' } },
      style: 'let us',
    },
    'let us go to the zoo',
    '我们 去 动物园 吧',
  ],
  [
    "let's go: 走 without a destination",
    { kind: 'imperative', vp: { verb: 'go' }, style: 'let us' },
    'let us go',
    '我们 走 吧',
  ],
  [
    'subject relative clause: 在 看 报纸 的 那 个 男人',
    {
      kind: 'copula',
      subject: np('man', 'the', {
        relative: {
          gap: 'subject',
          verb: 'read',
          aspect: 'progressive',
          other: np('newspaper', 'a'),
        },
      }),
      complement: np('father', 'my'),
    },
    'the man who is reading a newspaper is my father',
    '在 看 一 份 报纸 的 那 个 男人 是 我 爸爸',
  ],
  [
    'object relative clause: 我 买 的 那 本 书',
    {
      kind: 'adjective',
      subject: np('book', 'the', {
        relative: { gap: 'object', verb: 'buy', aspect: 'past', other: pronoun('i') },
      }),
      adjective: 'interesting',
      degree: 'very',
    },
    'the book that i bought is very interesting',
    '我 买 的 那 本 书 非常 有趣',
  ],
  [
    'frequency adverb: 经常',
    {
      kind: 'clause',
      subject: np('mother', 'his'),
      predicate: {
        vp: { verb: 'cook', object: np('dinner', 'bare') },
        aspect: 'present',
        frequency: 'often',
      },
    },
    'his mother often cooks dinner',
    '他 妈妈 经常 做 晚饭',
  ],
  [
    'also: 也',
    {
      kind: 'clause',
      subject: pronoun('i'),
      predicate: {
        vp: { verb: 'like', object: np('music', 'bare') },
        aspect: 'present',
        also: true,
      },
    },
    'i also like music',
    '我 也 喜欢 音乐',
  ],
  [
    'because: 因为',
    {
      kind: 'joined',
      first: { kind: 'adjective', subject: pronoun('i'), adjective: 'happy' },
      conjunction: 'because',
      second: {
        kind: 'clause',
        subject: np('friend', 'my'),
        predicate: {
          vp: { verb: 'come', destination: { kind: 'place', place: 'home' } },
          aspect: 'past',
        },
      },
    },
    'i am happy because my friend came home',
    '我 很 高兴 ， 因为 我 的 朋友 回 了 家',
  ],
  [
    'so: 所以',
    {
      kind: 'joined',
      first: { kind: 'adjective', subject: { kind: 'it' }, adjective: 'cold' },
      conjunction: 'so',
      second: {
        kind: 'clause',
        subject: pronoun('we'),
        predicate: {
          vp: { verb: 'stay', destination: { kind: 'place', place: 'home' } },
          aspect: 'future',
        },
      },
    },
    'it is cold , so we will stay at home',
    '天气 很 冷 ， 所以 我们 会 待 在 家',
  ],
  [
    'but: 但是',
    {
      kind: 'joined',
      first: { kind: 'adjective', subject: pronoun('he'), adjective: 'tired' },
      conjunction: 'but',
      second: {
        kind: 'clause',
        subject: pronoun('he'),
        predicate: { vp: { verb: 'work' }, aspect: 'progressive' },
      },
    },
    'he is tired , but he is working',
    '他 很 累 ， 但是 他 在 工作',
  ],
  [
    'double object with 给',
    {
      kind: 'clause',
      subject: pronoun('she'),
      predicate: {
        vp: { verb: 'give', recipient: pronoun('i'), object: np('book', 'a') },
        aspect: 'past',
      },
    },
    'she gave me a book',
    '她 给 了 我 一 本 书',
  ],
  [
    'double object with 给 before another verb',
    {
      kind: 'clause',
      subject: pronoun('i'),
      predicate: {
        vp: { verb: 'send', recipient: pronoun('he'), object: np('letter', 'a') },
        aspect: 'future',
      },
    },
    'i will send him a letter',
    '我 会 给 他 寄 一 封 信',
  ],
  [
    'numbers with measure words: 十二 本, 二十二 只',
    {
      kind: 'clause',
      subject: { kind: 'name', name: 'mary' },
      predicate: { vp: { verb: 'have', object: np('book', 12) }, aspect: 'present' },
    },
    'mary has twelve books',
    '玛丽 有 十二 本 书',
  ],
  [
    'a two-word number as one token, with 两 only alone',
    {
      kind: 'existence',
      thing: np('dog', 22),
      place: { kind: 'place', place: 'park' },
    },
    'there are twenty-two dogs in the park',
    '公园 里 有 二十二 只 狗',
  ],
  [
    'what is this: 什么 in place',
    { kind: 'copula', subject: 'this', question: 'what' },
    'what is this ?',
    '这 是 什么 ？',
  ],
  ['greeting', { kind: 'phrase', phrase: 'good morning' }, 'good morning', '早上 好'],
  ['thanks', { kind: 'phrase', phrase: 'thank you' }, 'thank you', '谢谢 你'],
  [
    'a set phrase addressed to someone',
    { kind: 'phrase', phrase: 'good morning', vocative: 'teacher' },
    'good morning , teacher',
    '早上 好 ， 老师',
  ],
  [
    'a set phrase followed by a statement',
    {
      kind: 'phrase',
      phrase: 'i am sorry',
      then: { kind: 'copula', subject: pronoun('i'), complement: np('student', 'a') },
    },
    'i am sorry , i am a student',
    '对不起 ， 我 是 学生',
  ],
  [
    'a set phrase followed by another',
    { kind: 'phrase', phrase: 'i am sorry', then: { kind: 'phrase', phrase: 'i do not know' } },
    'i am sorry , i do not know',
    '对不起 ， 我 不 知道',
  ],
  [
    'a question phrase asked after a name',
    { kind: 'phrase', phrase: 'how are you ?', vocative: 'mom' },
    'mom , how are you ?',
    '妈妈 ， 你 好 吗 ？',
  ],
  [
    'a greeting followed by a question phrase',
    { kind: 'phrase', phrase: 'hello', then: { kind: 'phrase', phrase: 'how are you ?' } },
    'hello , how are you ?',
    '你好 ， 你 好 吗 ？',
  ],
  [
    'a verb with a particle and no object: get up → 起床',
    {
      kind: 'clause',
      subject: pronoun('she'),
      predicate: { vp: { verb: 'get-up' }, aspect: 'present', frequency: 'always' },
    },
    'she always gets up',
    '她 总是 起床',
  ],
  [
    'go to bed → 睡觉, with a modal',
    {
      kind: 'clause',
      subject: pronoun('we'),
      predicate: { vp: { verb: 'go-to-bed' }, aspect: 'present', modal: 'should' },
    },
    'we should go to bed',
    '我们 应该 睡觉',
  ],
  [
    'go home → 回 家',
    {
      kind: 'clause',
      subject: pronoun('he'),
      predicate: {
        vp: { verb: 'go', destination: { kind: 'place', place: 'home' } },
        aspect: 'past',
      },
    },
    'he went home',
    '他 回 了 家',
  ],
  [
    'experience without "before": no 以前',
    {
      kind: 'clause',
      subject: pronoun('i'),
      predicate: {
        vp: { verb: 'go', destination: { kind: 'place', place: 'china' } },
        aspect: 'experience',
        withoutBefore: true,
      },
    },
    'i have been to china',
    '我 去 过 中国',
  ],
  [
    'a hundred with a measure word',
    {
      kind: 'clause',
      subject: np('grandfather', 'my'),
      predicate: { vp: { verb: 'have', object: np('chicken', 100) }, aspect: 'present' },
    },
    'my grandfather has a hundred chickens',
    '我 爷爷 有 一百 只 鸡',
  ],
  [
    'existence in a class: 班 上 有',
    {
      kind: 'existence',
      thing: np('student', 30),
      place: { kind: 'place', place: 'class', owner: 'my' },
    },
    'there are thirty students in my class',
    '我 的 班 上 有 三十 个 学生',
  ],
];

describe('renderFrame', () => {
  it.each(CONSTRUCTIONS)('%s', (_, frame, en, zh) => {
    const pair = renderFrame(frame);
    expect(pair.en.join(' ')).toBe(en);
    expect(pair.zh.join(' ')).toBe(zh);
  });
});
