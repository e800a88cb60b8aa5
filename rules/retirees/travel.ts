/**
 * Travel abroad (004 §15): 师级 cadres apply, the institution's head signs an opinion and the upper
 * department approves within 10 working days; 团级及以下 cadres only file (报备) with the institution.
 * A long stay abroad is reported every quarter; after return the private passport is handed in to the
 * institution within 10 days (calendar days: the article says "10 天内", not working days).
 */
import { addCalendarDays, isRealDate } from '../dates.js';
import { RuleInputError } from '../errors.js';

export const RANK_CLASSES = ['division', 'regiment_or_below'] as const;
export type RankClass = (typeof RANK_CLASSES)[number];

export interface TravelPath {
  /** 师级: approval by the upper department; 团级及以下: filing only. */
  needsApproval: boolean;
  steps: string[];
  ref: string;
}

export function travelPath(rankClass: RankClass): TravelPath {
  if (rankClass === 'division') {
    return {
      needsApproval: true,
      steps: ['cadre applies (《师级军休干部因私出国(境)审批表》)', 'institution head signs an opinion', 'upper department approves within the working days set'],
      ref: '004 §15 师级军休干部出国需本人提出申请…报上级退役军人工作部门审批',
    };
  }
  return { needsApproval: false, steps: ['cadre files (报备) with the institution'], ref: '004 §15 团级及以下军休干部出国（境）不需办理审批手续，但须…报备' };
}

/** Whole calendar months from `from` to `to` (a month counts once its day-of-month is reached). */
export function wholeMonthsBetween(from: string, to: string): number {
  for (const [k, v] of [['from', from], ['to', to]] as const) if (!isRealDate(v)) throw new RuleInputError(k, `${v}: expected a real date YYYY-MM-DD`);
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  let n = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1) n -= 1;
  return n;
}

/** 004 §15 "出国（境）时间较长": a planned stay of at least `longStayMonths`; no planned return counts as long. */
export function isLongStay(departOn: string, plannedReturnOn: string | null, longStayMonths: number): boolean {
  if (plannedReturnOn === null) return true;
  return wholeMonthsBetween(departOn, plannedReturnOn) >= longStayMonths;
}

/** The calendar quarter containing `date`: first and last day. */
export function quarterOf(date: string): { start: string; end: string; label: string } {
  if (!isRealDate(date)) throw new RuleInputError('date', `${date}: expected a real date YYYY-MM-DD`);
  const y = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const sm = q * 3 + 1;
  const em = sm + 2;
  const endDay = new Date(Date.UTC(y, em, 0)).getUTCDate();
  return { start: `${y}-${String(sm).padStart(2, '0')}-01`, end: `${y}-${String(em).padStart(2, '0')}-${endDay}`, label: `${y}-Q${q + 1}` };
}

/** 004 §15 "回国（境）后 10 天内": the last day the passport may be handed in. */
export function passportDueDate(returnedOn: string, days: number): string {
  if (!isRealDate(returnedOn)) throw new RuleInputError('returnedOn', `${returnedOn}: expected a real date YYYY-MM-DD`);
  return addCalendarDays(returnedOn, days);
}
