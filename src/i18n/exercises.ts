import type { Lang } from './ui';

const strings = {
  en: {
    exercises: 'Exercises of this chapter',
    answer: 'Your answer',
    check: 'Check',
    correct: 'Correct.',
    wrong: 'Not quite: {value} is not within {tolerance} of the answer.',
    exact: 'Not quite: {value} is not the answer.',
    working: 'Working:',
    empty: 'Type a number first.',
    notANumber:
      'That is not a number. Type digits with a point for decimals, such as 0.42 or -1.5 (1e-3 is fine too).',
    outOfRange:
      'That number is out of range: every answer here lies between −1,000,000,000 and 1,000,000,000.',
    choiceCorrect: 'Correct.',
    choiceWrong: 'Not this one.',
    solved: 'solved',
    progress: '{solved} of {total} solved. Your progress is kept in this browser only.',
    reset: 'Clear my progress',
  },
  zh: {
    exercises: '本章练习',
    answer: '你的答案',
    check: '检查',
    correct: '正确。',
    wrong: '不对：{value} 与答案之差超过 {tolerance}。',
    exact: '不对：{value} 不是答案。',
    working: '解题过程：',
    empty: '请先输入一个数。',
    notANumber: '这不是一个数。请输入数字，小数用小数点，例如 0.42 或 -1.5（也可以写 1e-3）。',
    outOfRange: '这个数超出范围：这里每道题的答案都在 −1,000,000,000 到 1,000,000,000 之间。',
    choiceCorrect: '正确。',
    choiceWrong: '不是这个。',
    solved: '已完成',
    progress: '已完成 {solved} / {total} 题。进度只保存在这个浏览器里。',
    reset: '清除我的进度',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** A key of the exercise strings. */
export type ExerciseKey = keyof (typeof strings)['en'];

/** The exercise string `key` in `lang`. */
export function xt(lang: Lang, key: ExerciseKey): string {
  return strings[lang][key];
}
