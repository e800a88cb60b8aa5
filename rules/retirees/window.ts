/**
 * Intake window (004 §5): "每年办理接收安置手续的时间为 2月至 10月". The months are the parameter pair
 * retired_cadre_intake_first_month / retired_cadre_intake_last_month; outside them an intake is refused
 * with the rule and the date the window next opens.
 */
import { isRealDate } from '../dates.js';
import { RuleInputError } from '../errors.js';

export interface IntakeWindow {
  open: boolean;
  /** First day of the window's next opening (null while it is open). */
  nextOpening: string | null;
  /** Last day of the current window (null while it is closed). */
  closesOn: string | null;
  firstMonth: number;
  lastMonth: number;
  rule: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function intakeWindow(onDate: string, firstMonth: number, lastMonth: number): IntakeWindow {
  if (!isRealDate(onDate)) throw new RuleInputError('onDate', `${onDate}: expected a real date YYYY-MM-DD`);
  for (const [k, v] of [['firstMonth', firstMonth], ['lastMonth', lastMonth]] as const) {
    if (!Number.isInteger(v) || v < 1 || v > 12) throw new RuleInputError(k, `${v}: a month 1–12`);
  }
  const y = Number(onDate.slice(0, 4));
  const m = Number(onDate.slice(5, 7));
  // A window may wrap the year end (e.g. November–March) if a region sets it so.
  const open = firstMonth <= lastMonth ? m >= firstMonth && m <= lastMonth : m >= firstMonth || m <= lastMonth;
  const rule = `004 §5: transfers (接收安置) are handled from month ${firstMonth} to month ${lastMonth} of each year`;
  if (open) {
    const endYear = firstMonth <= lastMonth || m <= lastMonth ? y : y + 1;
    return { open, nextOpening: null, closesOn: `${endYear}-${pad(lastMonth)}-${pad(lastDay(endYear, lastMonth))}`, firstMonth, lastMonth, rule };
  }
  const nextYear = m < firstMonth ? y : y + 1;
  return { open, nextOpening: `${nextYear}-${pad(firstMonth)}-01`, closesOn: null, firstMonth, lastMonth, rule };
}
