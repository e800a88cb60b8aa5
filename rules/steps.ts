/**
 * The steps of a case, as one table: who acts (role, at which level), the parameter that fixes the
 * deadline, whether the decision is given in writing, and where the law says so. The workflow opens
 * tasks from it, the authority module checks roles from it, the README's process table and the
 * OpenAPI enums are derived from it (scripts/docs-steps.ts prints the table).
 * SPEC §2 "Who may act"; 001 §五.
 */
import type { ParamKey } from './parameter-defaults.js';
import type { Level, Role, TaskType } from './vocabulary.js';

export interface StepDef {
  /** The role that acts on the task. */
  role: Role;
  /** Where that role's jurisdiction must cover the case. */
  level: Level;
  /** Working days allowed, from this parameter; null: no deadline (e.g. recovery runs beside the appeal). */
  deadline: ParamKey | null;
  /** The decision is given in writing: reasons are required whatever the decision (001 §五). */
  written: boolean;
  /** What the step is, in Chinese, as officials call it. */
  title: string;
  refs: readonly string[];
}

export const STEPS = {
  township_verification: { role: 'township_reviewer', level: 'township', deadline: 'township_review_working_days', written: false, title: '信息核对、入户调查', refs: ['001 §五(二)'] },
  township_opinion: { role: 'township_approver', level: 'township', deadline: 'township_review_working_days', written: true, title: '乡镇审核意见', refs: ['001 §五(二)'] },
  county_recheck: { role: 'county_rechecker', level: 'county', deadline: 'county_decision_working_days', written: false, title: '县级复查', refs: ['001 §五(三) 复查'] },
  county_decision: { role: 'county_approver', level: 'county', deadline: 'county_decision_working_days', written: true, title: '县级审批决定', refs: ['001 §五(三)'] },
  appeal_decision: { role: 'appeal_reviewer', level: 'county', deadline: 'appeal_decision_working_days', written: true, title: '复核决定', refs: ['001 §五(四)', 'SPEC §2.4 (not in seeds: 10 working days)'] },
  objection_recheck: { role: 'county_rechecker', level: 'county', deadline: 'county_decision_working_days', written: false, title: '公示异议复查', refs: ['001 §五(三)', 'SPEC §2 publication objection'] },
  recovery: { role: 'finance', level: 'county', deadline: null, written: false, title: '先行帮扶款项核销', refs: ['001 §五 先行帮扶援助，事后补齐手续'] },
  // Standing duties (issue 13; workflows/duties/): stopping a payment needs the county approver; visits
  // and outreach are the township station's (000 §5); referral outcomes are recorded at the county.
  roll_review: { role: 'county_approver', level: 'county', deadline: 'roll_review_working_days', written: false, title: '比对复核', refs: ['003 §九', '001 §四(一) 动态更新'] },
  annual_review: { role: 'county_approver', level: 'county', deadline: 'annual_review_working_days', written: false, title: '年度复核', refs: ['001 §六(二)'] },
  visit: { role: 'township_reviewer', level: 'township', deadline: 'visit_working_days', written: false, title: '走访', refs: ['000 §5', '003 §五', '003 §八', '000 §10', '000 §9'] },
  referral_outcome: { role: 'county_rechecker', level: 'county', deadline: 'referral_outcome_working_days', written: false, title: '转介结果', refs: ['000 §7–8', '001 §四(三)', '003 §二', '003 §七'] },
  outreach: { role: 'township_reviewer', level: 'township', deadline: 'outreach_working_days', written: false, title: '主动发现', refs: ['003 §九'] },
  // Retired cadres (004): the service institution's own processes (workflows/retirees/).
  travel_approval: { role: 'retiree_approver', level: 'county', deadline: 'retired_cadre_travel_approval_working_days', written: false, title: '出国（境）审批', refs: ['004 §15'] },
  travel_report: { role: 'retiree_officer', level: 'county', deadline: null, written: false, title: '境外长期居留季度报告', refs: ['004 §15'] },
  passport_return: { role: 'retiree_officer', level: 'county', deadline: null, written: false, title: '回国后交回证件（日历日）', refs: ['004 §15'] },
  contact: { role: 'retiree_officer', level: 'county', deadline: null, written: false, title: '每月联系', refs: ['004 §15'] },
  pay_suspension: { role: 'institution_head', level: 'county', deadline: null, written: false, title: '失联暂停发放', refs: ['004 §15'] },
  medical_claim_check: { role: 'retiree_officer', level: 'county', deadline: null, written: false, title: '医疗补助审核', refs: ['004 §20'] },
  medical_claim_approval: { role: 'institution_head', level: 'county', deadline: null, written: false, title: '医疗补助审批', refs: ['004 §20'] },
  health_check: { role: 'retiree_officer', level: 'county', deadline: null, written: false, title: '年度健康体检', refs: ['004 §19', '004 §24'] },
  report_approval: { role: 'retiree_approver', level: 'county', deadline: null, written: false, title: '报告事项审批', refs: ['004 §16', '004 §18'] },
  emergency_paperwork: { role: 'retiree_officer', level: 'county', deadline: null, written: false, title: '先抢救后补办手续', refs: ['004 §23'] },
  recuperation_plan: { role: 'retiree_approver', level: 'county', deadline: null, written: false, title: '年度疗养计划', refs: ['004 §29'] },
} as const satisfies Record<TaskType, StepDef>;

export const stepOf = (type: TaskType): StepDef => STEPS[type];

/** Every role that acts on some step (the inbox's roles). */
export const STEP_ROLES: readonly Role[] = [...new Set(Object.values(STEPS).map((s) => s.role))];
