/**
 * Calendar data: the registry of official years, the bundled holiday data, and ops-loaded years.
 *
 * A year is official when the State Council has published its holiday arrangement (国务院办公厅关于
 * XXXX年部分节假日安排的通知) and we hold it. The bundled data is the `chinese-days` package; a year
 * counts as official only if it is in OFFICIAL_YEAR_REGISTRY *and* the package has data for it.
 * ENVIRONMENT.md: chinese-days has no 2027 data and then reports 2027-01-01 as a working day — wrong;
 * here 2027 is simply not official: it counts weekends and the statutory rest days of 全国年节及纪念日
 * 放假办法 (rules/statutory-holidays.ts; 2027-01-01 is 元旦) and is flagged provisional. A newly
 * published year is loaded by ops (the calendar_years table, no release needed) and merged on top
 * with mergeCalendarData. Upgrading chinese-days does not make a year official by itself: add it to
 * the registry after checking the package's data against the published notice.
 */
import { createRequire } from 'node:module';
import type { CalendarData } from './calendar.js';
import { FIRST_YEAR, isValidDate, LAST_YEAR, tryDayIndex, weekdayOfIndex } from './dates.js';
import { statutoryRestDays } from './statutory-holidays.js';

/** Years whose bundled chinese-days data was checked against the State Council's notice. */
export const OFFICIAL_YEAR_REGISTRY: readonly { year: number; source: string }[] = Array.from({ length: 2026 - 2004 + 1 }, (_, i) => ({
  year: 2004 + i,
  source: `国务院办公厅关于${2004 + i}年部分节假日安排的通知 (chinese-days 1.5.7)`,
}));

/** A year's official calendar as ops load it (the calendar_years table). */
export interface CalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
  source?: string;
}

interface Raw {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

let cached: CalendarData | null = null;

/** The bundled official years (registry ∩ chinese-days), their holidays and 调休 working days. */
export function defaultCalendarData(): CalendarData {
  if (cached) return cached;
  // The JSON is loaded only here, on first use: importing the rules stays cheap.
  const raw = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as Raw;
  const inPackage = new Set(Object.keys(raw.holidays).map((d) => +d.slice(0, 4)));
  const official = new Set(OFFICIAL_YEAR_REGISTRY.map((r) => r.year).filter((y) => inPackage.has(y)));
  const officialDate = (d: string) => official.has(+d.slice(0, 4));
  cached = Object.freeze({
    officialYears: [...official].sort((a, b) => a - b),
    holidays: Object.keys(raw.holidays).filter(officialDate).sort(),
    workdays: Object.keys(raw.workdays).filter(officialDate).sort(),
    provisionalHolidays: provisionalHolidays(official),
  });
  return cached;
}

/** The statutory rest days (放假办法 Art. 2 and Art. 6 补假) of every year in the calendar's range not in `official`. */
export function provisionalHolidays(official: ReadonlySet<number>): string[] {
  const out: string[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) if (!official.has(y)) for (const d of statutoryRestDays(y)) out.push(d.date);
  return out;
}

/**
 * Merges ops-loaded years over a base: a loaded year becomes official and replaces that year entirely
 * (its bundled holidays and 调休 are dropped). Dates outside their own year are ignored; check a year
 * with calendarYearProblems before storing it.
 */
export function mergeCalendarData(base: CalendarData, loaded: readonly CalendarYear[]): CalendarData {
  const replaced = new Set(loaded.map((y) => y.year));
  const keep = (d: string) => !replaced.has(+d.slice(0, 4));
  const own = (y: CalendarYear) => (d: string) => d.slice(0, 4) === String(y.year);
  return {
    officialYears: [...new Set([...base.officialYears, ...replaced])].sort((a, b) => a - b),
    holidays: [...base.holidays.filter(keep), ...loaded.flatMap((y) => y.holidays.filter(own(y)))],
    workdays: [...base.workdays.filter(keep), ...loaded.flatMap((y) => y.workdays.filter(own(y)))],
    // A loaded year is official: its provisional rest days no longer apply (createCalendar ignores them).
    ...(base.provisionalHolidays ? { provisionalHolidays: base.provisionalHolidays } : {}),
  };
}

/** What is wrong with a year's calendar before it is loaded ({path, message} per problem; [] when fine). */
export function calendarYearProblems(y: CalendarYear): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!Number.isInteger(y.year) || !isValidDate(`${y.year}-01-01`)) problems.push({ path: 'year', message: 'expected a year in 1990–2100' });
  const holidays = new Set(y.holidays);
  y.holidays.forEach((d, i) => {
    if (!isValidDate(d)) problems.push({ path: `holidays.${i}`, message: `${d}: not a real date YYYY-MM-DD` });
    else if (!d.startsWith(`${y.year}-`)) problems.push({ path: `holidays.${i}`, message: `${d} is not in ${y.year}` });
  });
  y.workdays.forEach((d, i) => {
    const path = `workdays.${i}`;
    if (!isValidDate(d)) problems.push({ path, message: `${d}: not a real date YYYY-MM-DD` });
    else if (!d.startsWith(`${y.year}-`)) problems.push({ path, message: `${d} is not in ${y.year}` });
    else if (![0, 6].includes(weekdayOfIndex(tryDayIndex(d)))) problems.push({ path, message: `${d} is a weekday: adjusted working days (调休) are Saturdays or Sundays` });
    else if (holidays.has(d)) problems.push({ path, message: `${d} is also listed as a holiday` });
  });
  return problems;
}
