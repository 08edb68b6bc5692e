import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus';
import { ADJECTIVES } from './lexicon/adjectives';
import { idsOf } from './lexicon/ids';
import { CONTAINERS, NOUNS } from './lexicon/nouns';
import { PRONOUNS } from './lexicon/pronouns';
import type { SentencePair } from './structure';

// One test per error a fluent reader found in the first corpus, each over every generated pair.

const ANIMALS = ['狗', '猫', '鸟', '马', '鱼'];
// Chinese time words in the order of the time line; 今天 早上 comes before the rest of 今天.
const TIME_LINE: readonly (readonly [readonly string[], number])[] = [
  [['昨天'], 0],
  [['昨晚'], 1],
  [['今天', '早上'], 2],
  [['今天'], 3],
  [['现在'], 3],
  [['明天'], 4],
];
// Words before "read" that make it a base form or a participle, not a finite present or past.
const EN_AUXILIARIES = new Set([
  'did',
  'do',
  'does',
  'will',
  'not',
  'to',
  'can',
  'must',
  'should',
  'have',
  'has',
  'ever',
  'never',
  'please',
  'us',
]);
const EN_HABIT = new Set(['every', 'often', 'usually', 'never', 'always', 'sometimes']);
const EN_DATES = new Set([
  'yesterday',
  'night',
  'morning',
  'afternoon',
  'evening',
  'today',
  'week',
  'weekends',
  'month',
  'year',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

// Words that may stand between a verb and its object's noun: 吃 了 两 碗 很 热 的 汤.
const NOUN_PHRASE_FILLERS = new Set([
  '了',
  '的',
  '很',
  '一',
  '两',
  '三',
  '这',
  '那',
  '这些',
  '那些',
  ...idsOf(NOUNS).flatMap((id) => NOUNS[id].measure ?? []),
  ...idsOf(CONTAINERS).map((id) => CONTAINERS[id].zh),
  ...idsOf(ADJECTIVES).map((id) => ADJECTIVES[id].zh),
  ...idsOf(PRONOUNS).map((id) => PRONOUNS[id].zh),
]);

/** The verb before the noun at `index`, skipping the noun phrase's own words. */
function governingVerb(zh: readonly string[], index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && NOUN_PHRASE_FILLERS.has(zh[i]!)) i--;
  return zh[i];
}

function verbsOf(pairs: readonly SentencePair[], noun: string): Set<string> {
  const verbs = new Set<string>();
  for (const { zh } of pairs)
    zh.forEach((token, i) => {
      if (token === noun) verbs.add(governingVerb(zh, i) ?? '');
    });
  return verbs;
}

function clausesOf(zh: readonly string[]): string[][] {
  const clauses: string[][] = [[]];
  for (const token of zh) {
    if (token === '，') clauses.push([]);
    else clauses[clauses.length - 1]!.push(token);
  }
  return clauses;
}

function timeRank(clause: readonly string[]): number | null {
  for (let i = 0; i < clause.length; i++)
    for (const [words, rank] of TIME_LINE)
      if (words.every((word, k) => clause[i + k] === word)) return rank;
  return null;
}

describe('the corrected corpus', () => {
  let pairs: SentencePair[];
  beforeAll(() => {
    const corpus = buildCorpus();
    pairs = [
      ...corpus.train,
      ...corpus.validation,
      ...corpus.test,
      ...corpus.buckets.flatMap((bucket) => bucket.pairs),
    ];
  }, 120_000);

  it('drinks soup (喝 汤), never eats it (吃 汤)', () => {
    const verbs = verbsOf(pairs, '汤');
    expect(verbs.has('吃')).toBe(false);
    expect(verbs.has('喝')).toBe(true);
  });

  it('reads poems with 读, never 看', () => {
    const verbs = verbsOf(pairs, '诗');
    expect(verbs.has('看')).toBe(false);
    expect(verbs.has('读')).toBe(true);
  });

  it('boils rice and noodles (煮), never 做 米饭 / 做 面条', () => {
    const verbs = new Set([...verbsOf(pairs, '米饭'), ...verbsOf(pairs, '面条')]);
    expect(verbs.has('做')).toBe(false);
    expect(verbs.has('煮')).toBe(true);
  });

  it('denies a habit as 不是 每天 都, never 每天 不', () => {
    const joined = pairs.map(({ zh }) => ` ${zh.join(' ')} `);
    expect(joined.filter((zh) => / 每天 (早上 )?不 /.test(zh))).toEqual([]);
    const denied = pairs.filter(({ en }) =>
      /\b(do|does) not ((?!and\b|but\b|so\b|because\b|,)\S+ )*every\b/.test(en.join(' ')),
    );
    expect(denied.length).toBeGreaterThan(10);
    for (const { zh } of denied) expect(zh.join(' ')).toMatch(/不是 每天 (早上 )?都/);
  });

  it('never dates what happens "and then" before what came first', () => {
    const backwards = pairs.filter(({ zh }) => {
      let latest = -1;
      return clausesOf(zh).some((clause) => {
        const rank = timeRank(clause);
        const wrong = clause[0] === '然后' && rank !== null && rank < latest;
        if (rank !== null) latest = Math.max(latest, rank);
        return wrong;
      });
    });
    expect(backwards).toEqual([]);
  });

  it('puts a degree word before a one-syllable adjective with 的 (很 贵 的, 最 大 的, not 贵 的)', () => {
    const bare = pairs.filter(({ zh }) =>
      zh.some(
        (token, i) =>
          [...token].length === 1 &&
          zh[i + 1] === '的' &&
          // 的 binds a noun; "okay , jack" → 好 的 ， 杰克 is the set phrase 好 的.
          zh[i + 2] !== undefined &&
          !['，', '？'].includes(zh[i + 2]!) &&
          ['贵', '大', '小', '新', '旧', '热', '高', '好'].includes(token) &&
          !['很', '最', '非常', '太'].includes(zh[i - 1] ?? ''),
      ),
    );
    expect(bare).toEqual([]);
    expect(pairs.some(({ zh }) => zh.join(' ').includes('很 贵 的'))).toBe(true);
  });

  it('never lets an animal 跑步 or 吃饭 (a dog 跑, a cat 吃 东西)', () => {
    const wrong = pairs.filter(({ zh }) =>
      clausesOf(zh).some(
        (clause) =>
          clause.some((token) => ANIMALS.includes(token)) &&
          (clause.includes('跑步') || clause.includes('吃饭')),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('never repeats a noun within a clause ("three teachers are helping the teachers")', () => {
    // 画 is also the verb "draw" (画 一 幅 画), so it is left out.
    const nouns = new Set(
      idsOf(NOUNS)
        .map((id) => NOUNS[id].zh)
        .filter((zh) => zh !== '画'),
    );
    const repeated = pairs.filter(({ zh }) =>
      clausesOf(zh).some((clause) => {
        const found = clause.filter((token) => nouns.has(token));
        return new Set(found).size < found.length;
      }),
    );
    expect(repeated).toEqual([]);
  });

  it('asks "what is he playing" with 玩 什么, never 踢 / 打 / 弹 什么', () => {
    const asked = pairs.filter(
      ({ en }) => en[0] === 'what' && en.some((t) => ['play', 'plays', 'playing'].includes(t)),
    );
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter(({ zh }) => !/玩 (了 |过 )?什么/.test(zh.join(' ')))).toEqual([]);
  });

  it('never counts what "never" happens: 从来 不 开 车, not 从来 不 开 一 辆 车', () => {
    const joined = pairs.map(({ zh }) => ` ${zh.join(' ')} `);
    expect(joined.filter((zh) => / 从来 不 \S+ 一 /.test(zh))).toEqual([]);
  });

  it('drops 的 between a pronoun and close kin everywhere (我 妈妈, never 我 的 妈妈)', () => {
    const kin = ['妈妈', '爸爸', '姐姐', '哥哥', '奶奶', '爷爷', '儿子', '女儿', '丈夫', '妻子'];
    const owners = ['我', '你', '他', '她', '我们', '他们'];
    const joined = pairs.map(({ zh }) => ` ${zh.join(' ')} `);
    const pattern = new RegExp(` (${owners.join('|')}) 的 (${kin.join('|')}) `);
    expect(joined.filter((zh) => pattern.test(zh))).toEqual([]);
    expect(joined.some((zh) => / 我 妈妈 /.test(zh))).toBe(true);
  });

  it('tells present "read" from past "read" by a date or a habit', () => {
    const ambiguous = pairs.filter(({ en }) =>
      en.some((token, i) => {
        if (token !== 'read') return false;
        const start = en.slice(0, i).findLastIndex((t) => t === ',' || t === 'then') + 1;
        const end = en.slice(i).findIndex((t) => t === ',' || t === 'then' || t === 'but');
        const clause = en.slice(start, end === -1 ? en.length : i + end);
        const before = en.slice(start, i);
        return (
          before.length > 0 &&
          !before.some((t) => EN_AUXILIARIES.has(t)) &&
          !clause.some((t) => EN_HABIT.has(t) || EN_DATES.has(t))
        );
      }),
    );
    expect(ambiguous).toEqual([]);
  });
});
