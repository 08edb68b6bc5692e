import type { NounTag } from './nouns';

/** An adjective: its Chinese form either takes 的 (绿色 的 苹果) or binds bare (大 苹果). */
export interface Adjective {
  readonly en: string;
  readonly zh: string;
  readonly takesDe: boolean;
  /** English position class: opinion 1, size 2, age or temperature 3, colour 4. */
  readonly order: number;
  /** The adjective fits a noun carrying any of these tags. */
  readonly fits: readonly NounTag[];
}

const adjective = (
  en: string,
  zh: string,
  takesDe: boolean,
  order: number,
  fits: readonly NounTag[],
): Adjective => ({ en, zh, takesDe, order, fits });

/** Every adjective of the grammar, by id. */
export const ADJECTIVES = {
  beautiful: adjective('beautiful', '漂亮', true, 1, ['pretty']),
  delicious: adjective('delicious', '好吃', true, 1, ['tasty']),
  interesting: adjective('interesting', '有趣', true, 1, ['interesting']),
  expensive: adjective('expensive', '贵', true, 1, ['priced']),
  big: adjective('big', '大', false, 2, ['sized']),
  small: adjective('small', '小', false, 2, ['sized']),
  new: adjective('new', '新', false, 3, ['aged']),
  old: adjective('old', '旧', false, 3, ['aged']),
  hot: adjective('hot', '热', false, 3, ['hot']),
  red: adjective('red', '红色', true, 4, ['colored', 'fruit-colored']),
  green: adjective('green', '绿色', true, 4, ['colored', 'fruit-colored']),
  yellow: adjective('yellow', '黄色', true, 4, ['colored', 'fruit-colored']),
  blue: adjective('blue', '蓝色', true, 4, ['colored']),
  white: adjective('white', '白色', true, 4, ['colored', 'bw-colored']),
  black: adjective('black', '黑色', true, 4, ['colored', 'bw-colored']),
} as const satisfies Record<string, Adjective>;

/** The id of an adjective in {@link ADJECTIVES}. */
export type AdjectiveId = keyof typeof ADJECTIVES;
