/**
 * The working-day calendar (SPEC §2 "Working days"; 001 §五 "5个工作日").
 * Official years: statutory holidays and the State Council's adjusted working days (调休). Other years
 * (provisional): weekends and the statutory rest days of 全国年节及纪念日放假办法 (2024 revision: 元旦 1,
 * 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3, with Art. 6 补假; rules/statutory-holidays.ts) are rest
 * days, without 调休 (only the notice gives it); any deadline that counts a day of such a year is
 * `provisional` (recomputed once the year is published). The day of receipt is not counted; the deadline is the end (24:00,
 * Asia/Shanghai) of the n-th working day after it.
 *
 * Pure: data in, answers out (no clock, no I/O). `createCalendar` builds per-day arrays over
 * 1990–2100 once; each question is then O(1): ~40 ms for a million `addWorkingDays(…, 5)`.
 */
import { defaultCalendarData } from './calendar-data.js';
import { dateOfIndex, DAYS, dayIndex, endOfIndex, FIRST_YEAR, isValidDate, LAST_YEAR, weekdayOfIndex, yearRange } from './dates.js';

export { addCalendarDays, dayIndex, endOfShanghaiDay, isValidDate, shanghaiDate } from './dates.js';

export interface CalendarData {
  /** Years whose official calendar is loaded (published by the State Council). */
  officialYears: number[];
  /** Official holidays (no work), YYYY-MM-DD. Ignored for years not in officialYears. */
  holidays: string[];
  /** Official adjusted working days on a weekend (调休), YYYY-MM-DD. Ignored for years not in officialYears. */
  workdays: string[];
  /** Statutory rest days of years NOT in officialYears (provisional counting); ignored for official years. */
  provisionalHolidays?: string[];
}

export interface DeadlineResult {
  /** The n-th working day after receipt, YYYY-MM-DD (Asia/Shanghai). */
  dueDate: string;
  /** The end of dueDate in Asia/Shanghai (24:00 local = 16:00Z), as an ISO instant in UTC. */
  dueAt: string;
  /** True when a counted day lies in a year without an official calendar (weekdays-only counting). */
  provisional: boolean;
}

export interface CalendarCoverage {
  officialYears: number[];
  firstYear: number;
  lastYear: number;
}

export interface Calendar {
  addWorkingDays(received: string, n: number): DeadlineResult;
  isWorkingDay(date: string): boolean;
  /** Working days strictly after `from`, up to and including `to` (0 when to <= from). */
  workingDaysBetween(from: string, to: string): number;
  isOfficialYear(year: number): boolean;
  coverage(): CalendarCoverage;
}

/** Builds a calendar from data (default: the bundled official years of chinese-days, calendar-data.ts). */
export function createCalendar(data: CalendarData = defaultCalendarData()): Calendar {
  const official = new Set(data.officialYears.filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR));
  const work = new Uint8Array(DAYS);
  for (let i = 0; i < DAYS; i++) {
    const wd = weekdayOfIndex(i);
    work[i] = wd === 0 || wd === 6 ? 0 : 1;
  }
  const inOfficialYear = (d: string) => official.has(+d.slice(0, 4));
  for (const h of data.holidays) if (inOfficialYear(h)) work[dayIndex(h)] = 0;
  for (const h of data.provisionalHolidays ?? []) if (!inOfficialYear(h) && isValidDate(h)) work[dayIndex(h)] = 0;
  for (const w of data.workdays) if (inOfficialYear(w)) work[dayIndex(w)] = 1;

  // unoff[i]: days in [0, i] whose year is not official; cum[i]: working days in [0, i];
  // nth[k]: day number of the (k+1)-th working day. Then the n-th working day after s is nth[cum[s] + n - 1].
  const unofficialDay = new Uint8Array(DAYS).fill(1);
  for (const y of official) {
    const [a, b] = yearRange(y);
    unofficialDay.fill(0, a, b + 1);
  }
  const cum = new Int32Array(DAYS);
  const unoff = new Int32Array(DAYS);
  const nth = new Int32Array(DAYS);
  for (let i = 0, c = 0, u = 0; i < DAYS; i++) {
    if (work[i]) nth[c++] = i;
    u += unofficialDay[i]!;
    cum[i] = c;
    unoff[i] = u;
  }
  const totalWorking = cum[DAYS - 1]!;
  const years = [...official].sort((a, b) => a - b);

  return {
    addWorkingDays(received: string, n: number): DeadlineResult {
      if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`workingDays ${n}: expected a whole number ≥ 1`);
      const start = dayIndex(received);
      const k = cum[start]! + n - 1;
      if (k >= totalWorking) throw new RangeError(`${received} + ${n} working days: beyond ${LAST_YEAR}`);
      const due = nth[k]!;
      return { dueDate: dateOfIndex(due), dueAt: endOfIndex(due), provisional: unoff[due] !== unoff[start] };
    },
    isWorkingDay(date: string): boolean {
      return work[dayIndex(date)] === 1;
    },
    workingDaysBetween(from: string, to: string): number {
      const a = dayIndex(from);
      const b = dayIndex(to);
      return b <= a ? 0 : cum[b]! - cum[a]!;
    },
    isOfficialYear(year: number): boolean {
      return official.has(year);
    },
    coverage(): CalendarCoverage {
      return { officialYears: [...years], firstYear: FIRST_YEAR, lastYear: LAST_YEAR };
    },
  };
}

// The default instance (bundled data), built on first use, for callers without ops-loaded years.
let bundled: Calendar | undefined;
/** The calendar of the bundled official years (no ops-loaded years: pass those to createCalendar). */
export const defaultCalendar = (): Calendar => (bundled ??= createCalendar());
export const addWorkingDays = (received: string, n: number): DeadlineResult => defaultCalendar().addWorkingDays(received, n);
export const isWorkingDay = (date: string): boolean => defaultCalendar().isWorkingDay(date);
export const workingDaysBetween = (from: string, to: string): number => defaultCalendar().workingDaysBetween(from, to);
export const isOfficialYear = (year: number): boolean => defaultCalendar().isOfficialYear(year);
