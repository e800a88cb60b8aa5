/**
 * Health and care (004 §19, §24) and the matters a cadre reports (004 §16, §18).
 */
import { isRealDate } from '../dates.js';
import { RuleInputError } from '../errors.js';
import type { RankClass } from './travel.js';

/** Age in whole years on `onDate` (the birthday itself counts). */
export function ageOn(birthDate: string, onDate: string): number {
  for (const [k, v] of [['birthDate', birthDate], ['onDate', onDate]] as const) if (!isRealDate(v)) throw new RuleInputError(k, `${v}: expected a real date YYYY-MM-DD`);
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

export interface CareFlags {
  seriouslyIll?: boolean;
  disabled?: boolean;
}

/** 004 §24: 高龄、重病、失能 cadres get regular check-ups and home visits. */
export function needsCareVisits(birthDate: string, onDate: string, flags: CareFlags, veryOldAge: number): { needed: boolean; why: string[] } {
  const why: string[] = [];
  if (ageOn(birthDate, onDate) >= veryOldAge) why.push(`高龄 (${veryOldAge}+)`);
  if (flags.seriouslyIll) why.push('重病');
  if (flags.disabled) why.push('失能');
  return { needed: why.length > 0, why };
}

export const REPORT_KINDS = ['remarriage', 'household_move', 'residence_change', 'award', 'violation', 'social_organisation_post'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportPath {
  /** Who must approve; empty when the report is only recorded. */
  approvals: string[];
  /** The upper department decides (a report_approval task) — the last approval in the path. */
  needsApproval: boolean;
  /** Also reported to the province department (省退役军人事务厅). */
  toProvince: boolean;
  ref: string;
}

/**
 * §18: remarriage, household move, residence change, awards and violations are reported to the
 * institution; major ones also to the province department. §16: a post in a social organisation is
 * approved — a 师级 cadre applies to the institution and it goes level by level to the province
 * department; for 团级及以下 the institution reports to the upper department, which approves.
 */
export function reportPath(kind: ReportKind, rankClass: RankClass, major: boolean): ReportPath {
  if (kind === 'social_organisation_post') {
    return rankClass === 'division'
      ? { approvals: ['institution', 'upper department', 'province department (省退役军人事务厅)'], needsApproval: true, toProvince: true, ref: '004 §16 师级…逐级报省退役军人事务厅审批' }
      : { approvals: ['upper department'], needsApproval: true, toProvince: false, ref: '004 §16 团级及以下…由所在军休服务管理机构报上级退役军人工作部门审批' };
  }
  return { approvals: [], needsApproval: false, toProvince: major, ref: major ? '004 §18 重大事项要报省退役军人事务厅' : '004 §18 及时向其所在军休服务管理机构报告' };
}
