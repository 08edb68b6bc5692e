import type { Aspect } from './verbs';

/** A time phrase, the aspects it fits, and its Chinese form (placed right after the subject). */
export interface TimePhrase {
  readonly en: readonly string[];
  readonly zh: readonly string[];
  readonly aspects: readonly Aspect[];
  /** Order on the time line (earlier is smaller); "and then" never goes back. Habitual times have none. */
  readonly rank: number | null;
}

/** Every time phrase, by id. */
export const TIMES = {
  yesterday: { en: ['yesterday'], zh: ['昨天'], aspects: ['past'], rank: 0 },
  lastNight: { en: ['last', 'night'], zh: ['昨晚'], aspects: ['past'], rank: 1 },
  thisMorning: { en: ['this', 'morning'], zh: ['今天', '早上'], aspects: ['past'], rank: 2 },
  today: { en: ['today'], zh: ['今天'], aspects: ['past', 'future'], rank: 3 },
  now: { en: ['now'], zh: ['现在'], aspects: ['progressive'], rank: 3 },
  everyDay: { en: ['every', 'day'], zh: ['每天'], aspects: ['present'], rank: null },
  everyMorning: {
    en: ['every', 'morning'],
    zh: ['每天', '早上'],
    aspects: ['present'],
    rank: null,
  },
  tomorrow: { en: ['tomorrow'], zh: ['明天'], aspects: ['future'], rank: 4 },
} as const satisfies Record<string, TimePhrase>;

/** The id of a time phrase in {@link TIMES}. */
export type TimeId = keyof typeof TIMES;

/** Frequency adverbs, simple present only; "never" carries its own negation (从来 不). */
export const FREQUENCIES = {
  often: { en: 'often', zh: ['经常'] },
  usually: { en: 'usually', zh: ['通常'] },
  never: { en: 'never', zh: ['从来', '不'] },
} as const satisfies Record<string, { readonly en: string; readonly zh: readonly string[] }>;

/** The id of a frequency adverb in {@link FREQUENCIES}. */
export type FrequencyId = keyof typeof FREQUENCIES;
