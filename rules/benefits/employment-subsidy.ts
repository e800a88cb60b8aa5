/**
 * Employment social-insurance subsidy (001 §四(五)): a hardship veteran in flexible employment who pays
 * social insurance gets 2/3 of the premium actually paid ("实际缴纳社会保险费三分之二"), for at most 3
 * years; if at first approval retirement is less than 5 years away, the period "可延长至退休" (may be
 * extended until retirement; a parameter, default yes). SPEC vs document (the document wins): SPEC
 * says "until retirement"; the text says "可" (may), so it is a regional choice (NOTES.md #2).
 * Window: 36 calendar months starting with the month of first approval; near retirement, every month
 * before the month of retirement. Never a month from retirement on. The retirement date is an input
 * (the 2025 retirement-age reform makes it person-specific). Parameters apply as of onDate, else as of
 * the first approval (初次核定).
 *
 * API:
 * - employmentSubsidyWindow({approvalDate, retirementDate, region?, onDate?}, table) → {firstMonth,
 *   lastMonth, months[], end: 'three_years' | 'retirement' | 'extended_to_retirement', steps}: the
 *   monthly window from the county's approval month (issue 12 row 7): the case recurs over `months`
 *   and stops by itself after `lastMonth`.
 * - employmentSubsidy(input, table) → one month's amount (0 outside the window).
 */
import { applyRate, yuan } from '../decimal.js';
import { isRealDate } from '../dates.js';
import { RuleInputError } from '../errors.js';
import type { ParameterTable } from '../parameters.js';
import { Ctx, fen, type BenefitResult, type Where } from './context.js';

export interface EmploymentSubsidyInput extends Where {
  premiumPaidFen: number;
  firstApprovalDate: string;
  retirementDate: string;
  /** The month paid for, YYYY-MM. */
  month: string;
}

const REFS = ['001 §四(五)'];

function date(path: string, v: unknown): string {
  if (typeof v !== 'string' || !isRealDate(v)) throw new RuleInputError(path, 'expected a real date YYYY-MM-DD');
  return v;
}
function monthIndex(path: string, ym: unknown): number {
  const m = typeof ym === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(ym) : null;
  if (!m) throw new RuleInputError(path, 'expected a month as YYYY-MM');
  return +m[1]! * 12 + (+m[2]! - 1);
}
const monthName = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** The same day `years` later; 29 February becomes 28 February in a common year (the month's last day). */
export function addYears(d: string, years: number): string {
  const y = +d.slice(0, 4) + years;
  const md = d.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

export interface SubsidyWindow {
  /** YYYY-MM of the county's approval (初次核定): month 1. */
  firstMonth: string;
  /** YYYY-MM of the last month paid; null when the window is empty (retirement in the approval month). */
  lastMonth: string | null;
  months: string[];
  end: 'three_years' | 'retirement' | 'extended_to_retirement';
  steps: string[];
  refs: string[];
}

/** The months the subsidy is paid for: from the approval month, 3 years or (near retirement) until retirement. */
export function employmentSubsidyWindow(input: { approvalDate: string; retirementDate: string } & Where, table: ParameterTable): SubsidyWindow {
  const first = date('approvalDate', input.approvalDate);
  const retirement = date('retirementDate', input.retirementDate);
  const c = new Ctx('employment-subsidy', table, { region: input.region, onDate: input.onDate ?? first }, undefined);
  const w = windowOf(c, first, retirement);
  const months = Array.from({ length: Math.max(0, w.end - w.firstMonth) }, (_, i) => monthName(w.firstMonth + i));
  return { firstMonth: monthName(w.firstMonth), lastMonth: months.at(-1) ?? null, months, end: w.reason, steps: w.steps, refs: REFS };
}

function windowOf(c: Ctx, first: string, retirement: string): { firstMonth: number; end: number; reason: SubsidyWindow['end']; steps: string[] } {
  const firstMonth = monthIndex('firstApprovalDate', first.slice(0, 7));
  const retireMonth = monthIndex('retirementDate', retirement.slice(0, 7));
  const maxMonths = c.int('employment_subsidy_max_months');
  const windowYears = c.int('employment_subsidy_retirement_window_years');
  const extends_ = c.param('employment_subsidy_extends_to_retirement').value === true;
  const near = retirement < addYears(first, windowYears);
  if (near && extends_) {
    return { firstMonth, end: retireMonth, reason: 'extended_to_retirement', steps: [`retirement ${retirement} is less than ${windowYears} years after first approval ${first}: extended to retirement, months ${monthName(firstMonth)} to ${monthName(retireMonth - 1)}`] };
  }
  const end = Math.min(firstMonth + maxMonths, retireMonth);
  return { firstMonth, end, reason: end === retireMonth ? 'retirement' : 'three_years', steps: [`window: at most ${maxMonths} months from ${monthName(firstMonth)}, before retirement ${retirement}: months ${monthName(firstMonth)} to ${monthName(end - 1)}`] };
}

export function employmentSubsidy(input: EmploymentSubsidyInput, table: ParameterTable, _today?: string): BenefitResult {
  const first = date('firstApprovalDate', input.firstApprovalDate);
  const retirement = date('retirementDate', input.retirementDate);
  const c = new Ctx('employment-subsidy', table, { region: input.region, onDate: input.onDate ?? first }, undefined);
  const premium = fen('premiumPaidFen', input.premiumPaidFen);
  const month = monthIndex('month', input.month);
  const { firstMonth, end, steps } = windowOf(c, first, retirement); // end exclusive
  const rate = c.rate('employment_subsidy_rate');
  const r = c.roundingOf('employment_subsidy_rate');
  if (month < firstMonth || month >= end) {
    steps.push(`${input.month} is outside the window`);
    return c.done(input, steps, 0, REFS, 'month outside the subsidy window');
  }
  const amount = applyRate(premium, rate, r.mode);
  steps.push(`${input.month} is month ${month - firstMonth + 1} of the window`);
  steps.push(`${yuan(premium)} yuan premium paid × ${rate.text} = ${amount} fen, rounded ${r.mode}`);
  return c.done(input, steps, amount, REFS);
}
