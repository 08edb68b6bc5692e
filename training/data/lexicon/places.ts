/** What may happen at a place; each verb lists the uses whose places suit it. */
export type PlaceUse =
  'meal' | 'cook' | 'quiet' | 'swim' | 'outdoor' | 'perform' | 'sleep' | 'shop' | 'public' | 'home';

/** A place: "in the kitchen" → 在 厨房, "on the bus" → 在 公交车 上. */
export interface Place {
  readonly preposition: 'in' | 'at' | 'on';
  readonly en: string;
  readonly zh: string;
  /** Localizer after the noun in Chinese (里 "inside", 上 "on"), or none. */
  readonly localizer: '' | '里' | '上';
  /** "home" and "school" take no article: "at home". */
  readonly article: boolean;
  /** Takes a possessive ("in my room"), not only "the". */
  readonly ownable: boolean;
  readonly uses: readonly PlaceUse[];
}

const place = (
  preposition: Place['preposition'],
  en: string,
  zh: string,
  localizer: Place['localizer'],
  article: boolean,
  ownable: boolean,
  uses: readonly PlaceUse[],
): Place => ({ preposition, en, zh, localizer, article, ownable, uses });

/** Every place of the grammar, by id. */
export const PLACES = {
  home: place('at', 'home', '家', '', false, false, [
    'meal',
    'cook',
    'quiet',
    'sleep',
    'perform',
    'home',
  ]),
  school: place('at', 'school', '学校', '', false, false, [
    'meal',
    'quiet',
    'outdoor',
    'perform',
    'public',
  ]),
  kitchen: place('in', 'kitchen', '厨房', '', true, true, ['meal', 'cook', 'home']),
  room: place('in', 'room', '房间', '里', true, true, ['quiet', 'sleep', 'perform', 'home']),
  garden: place('in', 'garden', '花园', '里', true, true, ['meal', 'quiet', 'outdoor', 'home']),
  office: place('in', 'office', '办公室', '', true, true, ['quiet', 'public']),
  library: place('in', 'library', '图书馆', '', true, false, ['quiet', 'public']),
  park: place('in', 'park', '公园', '', true, false, [
    'meal',
    'quiet',
    'outdoor',
    'perform',
    'public',
  ]),
  classroom: place('in', 'classroom', '教室', '里', true, false, ['quiet', 'perform', 'public']),
  restaurant: place('at', 'restaurant', '餐厅', '', true, false, ['meal', 'public']),
  store: place('at', 'store', '商店', '', true, false, ['shop', 'public']),
  river: place('in', 'river', '河', '里', true, false, ['swim']),
  bus: place('on', 'bus', '公交车', '上', true, false, ['quiet', 'sleep', 'public']),
  train: place('on', 'train', '火车', '上', true, false, ['meal', 'quiet', 'sleep', 'public']),
} as const satisfies Record<string, Place>;

/** The id of a place in {@link PLACES}. */
export type PlaceId = keyof typeof PLACES;
