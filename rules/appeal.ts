/**
 * Appeal (复核, issue 12 row 9). 001 §五 3: "申请人对审批结果有异议的，可向县级人民政府或上一级退役军人
 * 事务部门申请复核" — any result may be disputed (a refusal, or an approved amount), to the county
 * government or to the next level up.
 *
 * The filing window is counted in calendar days (parameter appeal_filing_days, default 60, not in
 * seeds) under 民法典: §201 "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算"; §203
 * "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日…截止时间为二十四时". A last day
 * that is a rest day (a statutory holiday, or a weekend — 法定休假日 includes the weekly rest days in
 * judicial practice) moves to the next working day of the calendar (so a 调休 working Saturday is
 * not moved). In a provisional year the move itself is provisional.
 *
 * Pure API:
 * - APPEAL_BODIES: the two bodies 001 §五 3 names, with the level whose reviewer decides.
 * - APPEALABLE_RESULTS: what may be disputed ("审批结果": approved — its amount too — or rejected).
 * - appealWindowEnd(calendar, notifiedOn, days) → {lastDay, endsAt, movedFrom?, provisional, steps, refs}.
 */
import type { Calendar } from './calendar.js';
import { addCalendarDays, endOfShanghaiDay } from './dates.js';

export const APPEAL_BODIES = [
  { key: 'county_government', name: '县级人民政府', level: 'county', ref: '001 §五 3' },
  { key: 'higher_veterans_department', name: '上一级退役军人事务部门', level: 'city', ref: '001 §五 3' },
] as const;
export type AppealBody = (typeof APPEAL_BODIES)[number]['key'];

/** 审批结果: an approval (its amount included) or a refusal may be disputed. */
export const APPEALABLE_RESULTS = ['approved', 'rejected'] as const;

export interface AppealWindow {
  /** The last day to file (Asia/Shanghai), after any §203 move. */
  lastDay: string;
  /** 24:00 Asia/Shanghai of lastDay (民法典 §203 截止时间为二十四时), as an ISO instant. */
  endsAt: string;
  /** The day the count gave, when it was a rest day and moved. */
  movedFrom?: string;
  /** True when a day decided on lies in a year without the official calendar. */
  provisional: boolean;
  steps: string[];
  refs: string[];
}

/** The end of an appeal window of `days` calendar days from the day the result was notified. */
export function appealWindowEnd(calendar: Calendar, notifiedOn: string, days: number): AppealWindow {
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`days ${days}: expected a whole number ≥ 1`);
  const counted = addCalendarDays(notifiedOn, days);
  const steps = [`${notifiedOn} not counted (民法典 §201); day ${days} is ${counted}`];
  let last = counted;
  while (!calendar.isWorkingDay(last)) last = addCalendarDays(last, 1);
  if (last !== counted) steps.push(`${counted} is a rest day (法定休假日): the window ends on the next working day ${last} (民法典 §203)`);
  const years = new Set([+counted.slice(0, 4), +last.slice(0, 4)]);
  const provisional = [...years].some((y) => !calendar.isOfficialYear(y));
  if (provisional) steps.push('the rest days of a year without the official notice are provisional (放假办法 only)');
  return { lastDay: last, endsAt: endOfShanghaiDay(last), ...(last !== counted ? { movedFrom: counted } : {}), provisional, steps, refs: ['001 §五 3', '民法典 §201', '民法典 §203'] };
}
