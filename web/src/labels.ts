/** Chinese names for the API's vocabulary (the keys are checked against the generated types). */
import type { CaseStatus, Role, TaskType } from './api/client';

export const STATUS: Record<CaseStatus, string> = {
  township_review: '乡镇审核',
  county_review: '县级审批',
  publication: '公示',
  payable: '待发放',
  paid: '已发放',
  rejected: '不予救助',
  appeal: '复核',
  closed: '已办结',
};

export const STEP: Record<TaskType, string> = {
  township_verification: '乡镇调查核实',
  township_opinion: '乡镇审核意见',
  county_recheck: '县级复查',
  county_decision: '县级审批决定',
  appeal_decision: '复核决定',
  objection_recheck: '公示异议复查',
  recovery: '追回',
  roll_review: '比对复核',
  annual_review: '年度复核',
  visit: '走访',
  referral_outcome: '转介结果',
  outreach: '主动发现',
  travel_approval: '出国（境）审批',
  travel_report: '境外季度报告',
  passport_return: '交回证件',
  contact: '每月联系',
  pay_suspension: '失联暂停发放',
  medical_claim_check: '医疗补助审核',
  medical_claim_approval: '医疗补助审批',
  health_check: '健康体检',
  report_approval: '报告事项审批',
  emergency_paperwork: '先抢救后补办手续',
  recuperation_plan: '疗养计划',
};

export const ROLE: Record<Role, string> = {
  station_clerk: '服务站经办人',
  township_reviewer: '乡镇审核人',
  township_approver: '乡镇审批人',
  county_rechecker: '县级复查人',
  county_approver: '县级审批人',
  appeal_reviewer: '复核人',
  finance: '财务',
  auditor: '审计',
  ops: '运维值守',
  retiree_officer: '军休机构工作人员',
  institution_head: '军休机构负责人',
  retiree_approver: '上级退役军人工作部门',
};

export const MATTER: Record<string, string> = {
  living_supplement: '生活补助',
  medical_aid: '医疗救助',
  employment_subsidy: '就业补贴',
  temporary_aid: '临时救助',
  retiree_medical: '退休人员医疗',
  housing_referral: '住房转介',
  education_referral: '教育转介',
  funeral_referral: '丧葬转介',
};

export const TASK_STATUS: Record<string, string> = { open: '待办', completed: '已完成', cancelled: '已取消' };
export const DECISION: Record<string, string> = { approve: '通过', reject: '不通过' };

export const label = (m: Record<string, string>, k: string | null | undefined) => (k ? (m[k] ?? k) : '—');

/** The applicant categories the rules know (type only: nothing of rules/eligibility.ts is bundled). */
type Category = (typeof import('../../rules/eligibility'))['CATEGORIES'][number];
export const CATEGORY_NAMES: Record<Category, string> = {
  veteran: '退役军人',
  martyr_survivor: '烈士遗属',
  duty_death_survivor: '因公牺牲军人遗属',
  illness_death_survivor: '病故军人遗属',
  serving_member_family: '现役军人家属',
  other_entitled: '其他优抚对象',
};

export const CAPACITY: Record<string, string> = { self: '本人申请', guardian: '监护人代为申请', agent: '委托代理', station: '服务站代为申请' };
