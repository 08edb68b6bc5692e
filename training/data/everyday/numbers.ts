const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const DIGITS_ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function check(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new RangeError(`${n} is not in 1..100`);
}

/** English tokens for 1..100; "twenty-one" is one token, as typed with its hyphen. */
export function numberEn(n: number): string[] {
  check(n);
  if (n === 100) return ['a', 'hundred'];
  if (n < 10) return [ONES[n]!];
  if (n < 20) return [TEENS[n - 10]!];
  const ones = n % 10;
  return [ones === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${ONES[ones]}`];
}

/** Chinese for 1..100 as one token; alone 2 is 二, but before a measure word 两 (两 本 书, 十二 本 书). */
export function numberZh(n: number, beforeMeasure: boolean): string {
  check(n);
  if (n === 100) return '一百';
  if (n === 2 && beforeMeasure) return '两';
  if (n < 10) return DIGITS_ZH[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS_ZH[tens]}十${DIGITS_ZH[n % 10]}`;
}
