/**
 * Monthly contact (004 §15): "每月至少与军休干部联系 1 次，并记录联系的有关内容，对失联 6 个月（含）以上的
 * 军休干部，暂停发放其离退休费…并报告上级退役军人工作部门". The check says when the suspension is due
 * (6 months inclusive); the suspension itself is the institution head's act, never the timer's.
 */
import { wholeMonthsBetween } from './travel.js';

export interface ContactCheck {
  monthsWithoutContact: number;
  /** The 6-month line (含) is reached: a pay_suspension task goes to the institution head. */
  suspensionDue: boolean;
  ref: string;
}

export function contactCheck(lastContactOn: string, today: string, suspendMonths: number): ContactCheck {
  const months = Math.max(0, wholeMonthsBetween(lastContactOn, today));
  return { monthsWithoutContact: months, suspensionDue: months >= suspendMonths, ref: '004 §15 失联 6 个月（含）以上' };
}

/** The month (YYYY-MM) a date falls in, and its last day: a month's contact is due by then. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
