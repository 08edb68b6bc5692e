import { idsOf } from './ids';

/** A semantic class of nouns: verbs choose their objects, and adjectives their nouns, by these. */
export type NounTag =
  | 'food'
  | 'drink'
  | 'dish'
  | 'cookable'
  | 'readable'
  | 'writable'
  | 'watchable'
  | 'song'
  | 'item'
  | 'findable'
  | 'openable'
  | 'drawable'
  | 'vehicle'
  | 'waitable'
  | 'kicked'
  | 'thrown'
  | 'instrument'
  | 'animal'
  | 'pet'
  | 'human'
  | 'kin'
  | 'stranger'
  | 'colored'
  | 'fruit-colored'
  | 'bw-colored'
  | 'sized'
  | 'aged'
  | 'pretty'
  | 'tasty'
  | 'interesting'
  | 'priced'
  | 'hot';

/** A noun's English forms, its Chinese word, and the measure word it takes (null for mass nouns). */
export interface Noun {
  readonly en: string;
  readonly plural: string;
  readonly zh: string;
  readonly measure: string | null;
  readonly tags: readonly NounTag[];
}

const count = (
  en: string,
  plural: string,
  zh: string,
  measure: string,
  tags: readonly NounTag[],
): Noun => ({ en, plural, zh, measure, tags });

// Mass nouns (and sports) are counted through a container ("a cup of tea" → 一 杯 茶), never directly.
const mass = (en: string, zh: string, tags: readonly NounTag[]): Noun => ({
  en,
  plural: en,
  zh,
  measure: null,
  tags,
});

/** Every noun of the grammar, by id. */
export const NOUNS = {
  apple: count('apple', 'apples', '苹果', '个', ['food', 'drawable', 'fruit-colored', 'sized']),
  banana: count('banana', 'bananas', '香蕉', '根', ['food', 'fruit-colored', 'sized']),
  cake: count('cake', 'cakes', '蛋糕', '个', ['food', 'tasty', 'sized', 'priced']),
  fish: count('fish', 'fish', '鱼', '条', ['food', 'cookable', 'animal', 'drawable', 'sized']),
  rice: mass('rice', '米饭', ['food', 'dish', 'cookable', 'hot']),
  noodles: mass('noodles', '面条', ['food', 'dish', 'cookable', 'tasty', 'hot']),
  soup: mass('soup', '汤', ['food', 'dish', 'cookable', 'hot']),
  water: mass('water', '水', ['drink', 'hot']),
  tea: mass('tea', '茶', ['drink', 'hot']),
  coffee: mass('coffee', '咖啡', ['drink', 'hot']),
  milk: mass('milk', '牛奶', ['drink', 'hot']),
  book: count('book', 'books', '书', '本', [
    'item',
    'readable',
    'writable',
    'findable',
    'openable',
    'colored',
    'aged',
    'interesting',
    'priced',
  ]),
  letter: count('letter', 'letters', '信', '封', ['readable', 'writable', 'openable']),
  poem: count('poem', 'poems', '诗', '首', ['readable', 'writable']),
  song: count('song', 'songs', '歌', '首', ['song']),
  movie: count('movie', 'movies', '电影', '部', ['watchable', 'interesting']),
  game: count('game', 'games', '比赛', '场', ['watchable', 'interesting']),
  car: count('car', 'cars', '车', '辆', [
    'item',
    'vehicle',
    'drawable',
    'colored',
    'sized',
    'aged',
    'pretty',
    'priced',
  ]),
  bus: count('bus', 'buses', '公交车', '辆', ['vehicle', 'waitable', 'colored']),
  bike: count('bike', 'bikes', '自行车', '辆', ['item', 'colored', 'aged', 'priced']),
  horse: count('horse', 'horses', '马', '匹', [
    'animal',
    'drawable',
    'bw-colored',
    'sized',
    'pretty',
  ]),
  phone: count('phone', 'phones', '手机', '部', ['item', 'findable', 'colored', 'aged', 'priced']),
  pen: count('pen', 'pens', '笔', '支', ['item', 'findable', 'colored']),
  bag: count('bag', 'bags', '包', '个', [
    'item',
    'findable',
    'openable',
    'colored',
    'sized',
    'aged',
    'pretty',
    'priced',
  ]),
  key: count('key', 'keys', '钥匙', '把', ['findable', 'sized']),
  ticket: count('ticket', 'tickets', '票', '张', ['item', 'findable', 'priced']),
  shirt: count('shirt', 'shirts', '衬衫', '件', ['item', 'colored', 'aged', 'pretty', 'priced']),
  hat: count('hat', 'hats', '帽子', '顶', ['item', 'findable', 'colored', 'aged', 'pretty']),
  door: count('door', 'doors', '门', '扇', ['openable', 'colored']),
  flower: count('flower', 'flowers', '花', '朵', ['item', 'drawable', 'colored', 'pretty']),
  picture: count('picture', 'pictures', '画', '幅', ['item', 'drawable', 'pretty', 'priced']),
  football: mass('football', '足球', ['kicked']),
  basketball: mass('basketball', '篮球', ['thrown']),
  piano: count('piano', 'pianos', '钢琴', '架', ['item', 'instrument', 'priced']),
  cat: count('cat', 'cats', '猫', '只', [
    'animal',
    'pet',
    'drawable',
    'bw-colored',
    'sized',
    'pretty',
  ]),
  dog: count('dog', 'dogs', '狗', '只', ['animal', 'pet', 'drawable', 'bw-colored', 'sized']),
  bird: count('bird', 'birds', '鸟', '只', ['animal', 'drawable', 'colored', 'sized', 'pretty']),
  teacher: count('teacher', 'teachers', '老师', '个', ['human']),
  student: count('student', 'students', '学生', '个', ['human']),
  boy: count('boy', 'boys', '男孩', '个', ['human', 'stranger']),
  girl: count('girl', 'girls', '女孩', '个', ['human', 'stranger']),
  child: count('child', 'children', '孩子', '个', ['human']),
  friend: count('friend', 'friends', '朋友', '个', ['human']),
  mother: count('mother', 'mothers', '妈妈', '个', ['human', 'kin']),
  father: count('father', 'fathers', '爸爸', '个', ['human', 'kin']),
  sister: count('sister', 'sisters', '姐姐', '个', ['human', 'kin']),
} as const satisfies Record<string, Noun>;

/** The id of a noun in {@link NOUNS}. */
export type NounId = keyof typeof NOUNS;

/** A container that counts a mass noun: "a cup of tea" → 一 杯 茶. */
export interface Container {
  readonly en: string;
  readonly plural: string;
  readonly zh: string;
  readonly holds: NounTag;
}

/** Every container, by id. */
export const CONTAINERS = {
  cup: { en: 'cup', plural: 'cups', zh: '杯', holds: 'drink' },
  bottle: { en: 'bottle', plural: 'bottles', zh: '瓶', holds: 'drink' },
  bowl: { en: 'bowl', plural: 'bowls', zh: '碗', holds: 'dish' },
} as const satisfies Record<string, Container>;

/** The id of a container in {@link CONTAINERS}. */
export type ContainerId = keyof typeof CONTAINERS;

/** The containers that can hold a (mass) noun. */
export function containersFor(noun: NounId): ContainerId[] {
  const tags: readonly NounTag[] = NOUNS[noun].tags;
  return idsOf(CONTAINERS).filter((id) => tags.includes(CONTAINERS[id].holds));
}

/** Every measure word that may count a noun: its own, or its containers' for a mass noun. */
export function measuresFor(noun: NounId): string[] {
  const measure = NOUNS[noun].measure;
  return measure === null ? containersFor(noun).map((id) => CONTAINERS[id].zh) : [measure];
}
