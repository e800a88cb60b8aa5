/**
 * Naive reference implementations the rules are checked against: slow, obvious, independent of the
 * code under test (no index, no shared helpers).
 */
import type { CalendarData, DeadlineResult } from '../../rules/index.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const nextDay = (date: string) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000));

/** SPEC §2: official years use holidays and 调休; other years weekdays only. */
export function naiveIsWorkingDay(data: CalendarData, date: string): boolean {
  const year = +date.slice(0, 4);
  if (data.officialYears.includes(year)) {
    if (data.workdays.includes(date)) return true;
    if (data.holidays.includes(date)) return false;
  } else if (data.provisionalHolidays?.includes(date)) {
    return false;
  }
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  return wd !== 0 && wd !== 6;
}

/** SPEC §2: the day of receipt is not counted; the deadline is 24:00 Asia/Shanghai of the n-th working day. */
export function naiveAddWorkingDays(data: CalendarData, received: string, n: number): DeadlineResult {
  let day = received;
  let left = n;
  let provisional = false;
  while (left > 0) {
    day = nextDay(day);
    if (!data.officialYears.includes(+day.slice(0, 4))) provisional = true;
    if (naiveIsWorkingDay(data, day)) left--;
  }
  // 24:00 in UTC+8 is 16:00Z of the same date.
  return { dueDate: day, dueAt: `${day}T16:00:00.000Z`, provisional };
}

/**
 * GB 11643 check character by the ISO 7064 MOD 11-2 definition: position i (1-based from the left,
 * 1..17) has weight 2^(18-i) mod 11; check = (12 − Σ mod 11) mod 11, 10 written X.
 */
export function iso7064Mod112(first17: string): string {
  let sum = 0;
  for (let i = 1; i <= 17; i++) sum += Number(first17[i - 1]) * (2 ** (18 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/** Round half up of num/den for non-negative bigints. */
export function halfUp(num: bigint, den: bigint): number {
  return Number((2n * num + den) / (2n * den));
}
