import { describe, expect, it } from 'vitest';
import { SEED_SENTENCE } from './corpus';
import { renderPair } from './render';
import type { Clause, Sentence } from './structure';

const she = [{ pronoun: 'she' }] as const;
const he = [{ pronoun: 'he' }] as const;
const i = [{ pronoun: 'i' }] as const;
const we = [{ pronoun: 'we' }] as const;
const they = [{ pronoun: 'they' }] as const;
const you = [{ pronoun: 'you' }] as const;

const one = (first: Clause): Sentence => ({ first });

// Hand-written translations; each exercises a phenomenon the grammar must get right.
const EXAMPLES: readonly (readonly [string, Sentence, string, string])[] = [
  ['seed pair', SEED_SENTENCE, 'she is eating a green apple', '她 在 吃 一 个 绿色 的 苹果'],
  [
    'past negation with 没 and no 了; "the" adds nothing',
    one({
      subject: she,
      verb: 'eat',
      object: [{ noun: 'apple', det: 'the' }],
      aspect: 'past',
      negated: true,
    }),
    'she did not eat the apple',
    '她 没 吃 苹果',
  ],
  [
    'place phrase moves before the verb',
    one({
      subject: i,
      verb: 'eat',
      object: [{ noun: 'apple', det: 'a' }],
      aspect: 'present',
      place: { place: 'kitchen' },
    }),
    'i eat an apple in the kitchen',
    '我 在 厨房 吃 一 个 苹果',
  ],
  [
    'time phrase moves before the verb; 了 after a completed verb',
    one({
      subject: she,
      verb: 'read',
      object: [{ noun: 'book', det: 'a' }],
      aspect: 'past',
      time: 'yesterday',
    }),
    'she read a book yesterday',
    '她 昨天 看 了 一 本 书',
  ],
  [
    'yes/no question with 吗',
    one({
      subject: she,
      verb: 'eat',
      object: [{ noun: 'apple', det: 'a' }],
      aspect: 'progressive',
      question: true,
    }),
    'is she eating an apple ?',
    '她 在 吃 一 个 苹果 吗 ？',
  ],
  [
    'numeral two is 两 with the noun’s measure word',
    one({ subject: he, verb: 'buy', object: [{ noun: 'book', det: 'two' }], aspect: 'past' }),
    'he bought two books',
    '他 买 了 两 本 书',
  ],
  [
    'animals take 只',
    one({
      subject: they,
      verb: 'have',
      object: [{ noun: 'cat', det: 'three' }],
      aspect: 'present',
    }),
    'they have three cats',
    '他们 有 三 只 猫',
  ],
  [
    '有 is negated as 没有, and a negated "a" is not counted',
    one({
      subject: she,
      verb: 'have',
      object: [{ noun: 'car', det: 'a' }],
      aspect: 'present',
      negated: true,
    }),
    'she does not have a car',
    '她 没有 车',
  ],
  [
    'a mass noun is counted by its container; bare adjective without 的',
    one({
      subject: we,
      verb: 'want',
      object: [{ noun: 'tea', det: 'a', container: 'cup', adjectives: ['hot'] }],
      aspect: 'present',
    }),
    'we want a cup of hot tea',
    '我们 想要 一 杯 热 茶',
  ],
  [
    'progressive with a place uses 正 + 在-place; verb–object compound 做饭',
    one({
      subject: [{ noun: 'mother', det: 'my' }],
      verb: 'cook',
      aspect: 'progressive',
      place: { place: 'kitchen' },
    }),
    'my mother is cooking in the kitchen',
    '我 妈妈 正 在 厨房 做饭',
  ],
  [
    '的-adjective before bare adjective, crossing the English order',
    one({
      subject: i,
      verb: 'see',
      object: [{ noun: 'cat', det: 'a', adjectives: ['small', 'black'] }],
      aspect: 'past',
      place: { place: 'park' },
    }),
    'i saw a small black cat in the park',
    '我 在 公园 看见 了 一 只 黑色 的 小 猫',
  ],
  [
    'clauses joined by "and" take a comma, never 和',
    {
      first: {
        subject: she,
        verb: 'read',
        object: [{ noun: 'book', det: 'a' }],
        aspect: 'progressive',
      },
      rest: [{ conjunction: 'and', clause: { subject: he, verb: 'sleep', aspect: 'progressive' } }],
    },
    'she is reading a book and he is sleeping',
    '她 在 看 一 本 书 ， 他 在 睡觉',
  ],
  [
    '"but" is ， 但是',
    {
      first: { subject: i, verb: 'eat', object: [{ noun: 'apple', det: 'a' }], aspect: 'past' },
      rest: [
        {
          conjunction: 'but',
          clause: {
            subject: he,
            verb: 'eat',
            object: [{ noun: 'banana', det: 'a' }],
            aspect: 'past',
            negated: true,
          },
        },
      ],
    },
    'i ate an apple , but he did not eat a banana',
    '我 吃 了 一 个 苹果 ， 但是 他 没 吃 香蕉',
  ],
  [
    '"and then" is ， 然后; 了 ends an intransitive past; 在 河 里',
    {
      first: {
        subject: we,
        verb: 'swim',
        aspect: 'past',
        place: { place: 'river' },
        time: 'yesterday',
      },
      rest: [
        {
          conjunction: 'and then',
          clause: {
            subject: we,
            verb: 'eat',
            object: [{ noun: 'noodles', det: 'a', container: 'bowl' }],
            aspect: 'past',
          },
        },
      ],
    },
    'we swam in the river yesterday and then we ate a bowl of noodles',
    '我们 昨天 在 河 里 游泳 了 ， 然后 我们 吃 了 一 碗 面条',
  ],
  [
    'what-question: 什么 stays in place; the English particle is stranded',
    one({ subject: she, verb: 'lookFor', object: { wh: 'what' }, aspect: 'progressive' }),
    'what is she looking for ?',
    '她 在 找 什么 ？',
  ],
  [
    'who-question',
    one({
      subject: { wh: 'who' },
      verb: 'eat',
      object: [{ noun: 'cake', det: 'my' }],
      aspect: 'past',
    }),
    'who ate my cake ?',
    '谁 吃 了 我 的 蛋糕 ？',
  ],
  [
    'where-question: 在 哪里 before the verb',
    one({
      subject: he,
      verb: 'read',
      object: [{ noun: 'book', det: 'bare' }],
      aspect: 'present',
      place: 'where',
    }),
    'where does he read books ?',
    '他 在 哪里 看 书 ？',
  ],
  [
    'future negation 不 会; "play" football is 踢',
    one({
      subject: they,
      verb: 'playFootball',
      object: [{ noun: 'football', det: 'bare' }],
      aspect: 'future',
      negated: true,
      time: 'tomorrow',
    }),
    'they will not play football tomorrow',
    '他们 明天 不 会 踢 足球',
  ],
  [
    '"never" is 从来 不; definite plural people take 们',
    one({
      subject: [{ noun: 'child', det: 'the', plural: true }],
      verb: 'eat',
      object: [{ noun: 'fish', det: 'bare' }],
      aspect: 'present',
      frequency: 'never',
    }),
    'the children never eat fish',
    '孩子 们 从来 不 吃 鱼',
  ],
  [
    'demonstratives take measure words too',
    one({
      subject: [{ noun: 'girl', det: 'that' }],
      verb: 'draw',
      object: [{ noun: 'horse', det: 'a', adjectives: ['white'] }],
      aspect: 'progressive',
    }),
    'that girl is drawing a white horse',
    '那 个 女孩 在 画 一 匹 白色 的 马',
  ],
  [
    'plural demonstratives are 这些 / 那些 without a measure word',
    one({
      subject: i,
      verb: 'like',
      object: [{ noun: 'song', det: 'this', plural: true }],
      aspect: 'present',
    }),
    'i like these songs',
    '我 喜欢 这些 歌',
  ],
  [
    'nouns (not clauses) are joined by 和',
    one({
      subject: she,
      verb: 'buy',
      object: [
        { noun: 'pen', det: 'a' },
        { noun: 'ticket', det: 'two' },
      ],
      aspect: 'past',
    }),
    'she bought a pen and two tickets',
    '她 买 了 一 支 笔 和 两 张 票',
  ],
  [
    'coordinated subject takes plural agreement; "play" basketball is 打',
    one({
      subject: [{ pronoun: 'he' }, { pronoun: 'i' }],
      verb: 'playBasketball',
      object: [{ noun: 'basketball', det: 'bare' }],
      aspect: 'progressive',
    }),
    'he and i are playing basketball',
    '他 和 我 在 打 篮球',
  ],
  [
    'progressive negation is 没 在',
    one({
      subject: [{ noun: 'dog', det: 'the' }],
      verb: 'sleep',
      aspect: 'progressive',
      negated: true,
    }),
    'the dog is not sleeping',
    '狗 没 在 睡觉',
  ],
  [
    'time, then 正 + possessed place with 里',
    one({
      subject: she,
      verb: 'study',
      aspect: 'progressive',
      place: { place: 'room', owner: 'her' },
      time: 'now',
    }),
    'she is studying in her room now',
    '她 现在 正 在 她 的 房间 里 学习',
  ],
  [
    'past yes/no question keeps 了',
    one({
      subject: you,
      verb: 'find',
      object: [{ noun: 'key', det: 'your', plural: true }],
      aspect: 'past',
      question: true,
    }),
    'did you find your keys ?',
    '你 找到 了 你 的 钥匙 吗 ？',
  ],
  [
    '"on the bus" is 在 公交车 上; object pronoun',
    one({
      subject: [{ noun: 'teacher', det: 'the' }],
      verb: 'waitFor',
      object: [{ pronoun: 'we' }],
      aspect: 'progressive',
      place: { place: 'bus' },
    }),
    'the teacher is waiting for us on the bus',
    '老师 正 在 公交车 上 等 我们',
  ],
  [
    '"play" the piano is 弹; habitual time phrase before the verb',
    one({
      subject: [{ noun: 'sister', det: 'my' }],
      verb: 'playPiano',
      object: [{ noun: 'piano', det: 'the' }],
      aspect: 'present',
      time: 'everyDay',
    }),
    'my sister plays the piano every day',
    '我 姐姐 每天 弹 钢琴',
  ],
  [
    'future question',
    one({
      subject: you,
      verb: 'open',
      object: [{ noun: 'door', det: 'the' }],
      aspect: 'future',
      question: true,
    }),
    'will you open the door ?',
    '你 会 打开 门 吗 ？',
  ],
  [
    '"watch" is 看 like "read"',
    one({
      subject: he,
      verb: 'watch',
      object: [{ noun: 'movie', det: 'a' }],
      aspect: 'past',
      time: 'lastNight',
    }),
    'he watched a movie last night',
    '他 昨晚 看 了 一 部 电影',
  ],
  [
    'negated progressive with a place: 没 + 在-place',
    one({
      subject: we,
      verb: 'eat',
      aspect: 'progressive',
      negated: true,
      place: { place: 'restaurant' },
    }),
    'we are not eating at the restaurant',
    '我们 没 在 餐厅 吃饭',
  ],
  [
    'frequency adverb, third person -s',
    one({
      subject: he,
      verb: 'drink',
      object: [{ noun: 'coffee', det: 'bare' }],
      aspect: 'present',
      frequency: 'often',
    }),
    'he often drinks coffee',
    '他 经常 喝 咖啡',
  ],
  [
    '"an" before a vowel-initial adjective; opinion 的-adjective before bare "new"',
    one({
      subject: she,
      verb: 'buy',
      object: [{ noun: 'car', det: 'a', adjectives: ['new', 'beautiful'] }],
      aspect: 'past',
    }),
    'she bought a beautiful new car',
    '她 买 了 一 辆 漂亮 的 新 车',
  ],
  [
    'bottles of milk: 瓶',
    one({
      subject: i,
      verb: 'drink',
      object: [{ noun: 'milk', det: 'two', container: 'bottle' }],
      aspect: 'future',
    }),
    'i will drink two bottles of milk',
    '我 会 喝 两 瓶 牛奶',
  ],
  [
    'soup is drunk: 喝 汤',
    one({
      subject: she,
      verb: 'eat',
      object: [{ noun: 'soup', det: 'bare' }],
      aspect: 'present',
      frequency: 'often',
    }),
    'she often eats soup',
    '她 经常 喝 汤',
  ],
  [
    '"never" does not count its object: 从来 不 吃 苹果',
    one({
      subject: she,
      verb: 'eat',
      object: [{ noun: 'apple', det: 'a' }],
      aspect: 'present',
      frequency: 'never',
    }),
    'she never eats an apple',
    '她 从来 不 吃 苹果',
  ],
  [
    'a denied habit is 不是 每天 都',
    one({
      subject: he,
      verb: 'drink',
      object: [{ noun: 'milk', det: 'bare' }],
      aspect: 'present',
      negated: true,
      time: 'everyDay',
    }),
    'he does not drink milk every day',
    '他 不是 每天 都 喝 牛奶',
  ],
  [
    'a dog 跑, it does not 跑步',
    one({ subject: [{ noun: 'dog', det: 'the' }], verb: 'run', aspect: 'progressive' }),
    'the dog is running',
    '狗 在 跑',
  ],
  [
    'one-syllable adjective with 的 takes 很',
    one({
      subject: i,
      verb: 'buy',
      object: [{ noun: 'bag', det: 'a', adjectives: ['expensive'] }],
      aspect: 'past',
    }),
    'i bought an expensive bag',
    '我 买 了 一 个 很 贵 的 包',
  ],
];

describe('renderPair', () => {
  it.each(EXAMPLES)('%s', (_, sentence, en, zh) => {
    const pair = renderPair(sentence);
    expect(pair.en.join(' ')).toBe(en);
    expect(pair.zh.join(' ')).toBe(zh);
  });

  it('refuses to count a mass noun without a container', () => {
    const sentence = one({
      subject: she,
      verb: 'drink',
      object: [{ noun: 'water', det: 'two' }],
      aspect: 'past',
    });
    expect(() => renderPair(sentence)).toThrow(/container/);
  });

  it('refuses an intransitive verb with an object', () => {
    const sentence = one({
      subject: she,
      verb: 'sleep',
      object: [{ noun: 'book', det: 'a' }],
      aspect: 'past',
    });
    expect(() => renderPair(sentence)).toThrow(/object/);
  });
});
