/**
 * The matter catalogue (issue 12 rows 5, 6, 12): for each matter (一事一批: one case, one matter) who it
 * is for — applicant categories and household statuses, with the paragraph that says so (001 §四) —
 * its class (recurring / one-off / referral), its channel (which department, which procedure: 001 §五
 * last paragraph "困难退役军人生活、医疗、住房、教育、就业等援助工作按现行规定程序及渠道办理，其他临时性援助
 * 工作由县级人民政府退役军人事务部门负责办理"), and the regional parameters it cannot be paid without.
 *
 * Pure API (no I/O):
 * - MATTER_CATALOGUE[matter] → MatterDefinition (the lead's workflow reads class/channel/requires).
 * - matterCoversApplicant(matter, applicant, benefit?, region?) → CoverageProblem[] ({path, message, ref}); []
 *   when covered. Paths are request paths (`applicant.category`, `applicant.householdStatus`,
 *   `applicant.receivesPeriodicPension`) so the API answers 400 naming the field. With `region`
 *   ({table, region, onDate}) the 低边 opt-in of the living supplement is resolved too (else a 低边
 *   applicant passes the static check and the regional one decides: rules/intake.ts).
 * - exclusionsBlockApproval(exclusions) → {blocked, rules:[{rule, ref, message}]}: 001 §三(二)
 *   "有下列情形之一的，不予帮扶援助" — approval is refused naming each rule; rejecting is the path.
 */
import { EXCLUSIONS, type ExclusionKey } from './eligibility.js';
import { MATTERS } from './vocabulary.js';
import { findParameter, type ParameterTable } from './parameters.js';

/** The matters (rules/vocabulary.ts is their one list). */
export const MATTER_KEYS = MATTERS;
export type MatterKey = (typeof MATTER_KEYS)[number];

export type MatterClass = 'recurring' | 'one_off' | 'referral';

export interface Channel {
  /** The department that handles it. */
  department: string;
  /** The procedure it follows. */
  procedure: string;
  /** true when another department decides: the case records the referral and its outcome (a task). */
  referral: boolean;
  ref: string;
}

export interface MatterDefinition {
  key: MatterKey;
  /** Applicant categories covered (rules/eligibility.ts CATEGORIES). */
  categories: readonly string[];
  /** Household statuses covered; null = any status (the matter does not depend on it). */
  householdStatuses: readonly string[] | null;
  /** Household statuses covered only where the region opts in (parameter). */
  optInStatuses?: { statuses: readonly string[]; parameter: string };
  /** Extra condition on the applicant, e.g. a periodic pension (003 §七). */
  requires?: { path: string; field: 'receivesPeriodicPension'; message: string };
  coverageRef: string;
  class: MatterClass;
  classRef: string;
  channel: Channel;
  /** Regional parameters without a national default that the amount needs (a 422 at intake when absent). */
  regionalParameters: readonly string[];
  /** The benefit calculator (rules/benefits.ts) of a paying matter. */
  calculator?: 'living-supplement' | 'medical-aid' | 'employment-subsidy' | 'temporary-aid' | 'retiree-medical';
}

const ALL_001 = ['veteran', 'martyr_survivor', 'duty_death_survivor', 'illness_death_survivor', 'serving_member_family', 'other_entitled'] as const;
const VETERANS_DEPT = '县级人民政府退役军人事务部门';
const OWN_PROCEDURE = '个人申请、乡镇(街道)审核、县级审批 (001 §五 1–3)';

export const MATTER_CATALOGUE: Readonly<Record<MatterKey, MatterDefinition>> = {
  living_supplement: {
    key: 'living_supplement',
    categories: ['veteran'],
    householdStatuses: ['dibao'],
    optInStatuses: { statuses: ['dibao_edge'], parameter: 'living_supplement_includes_dibao_edge' },
    coverageRef: '001 §四(一) 对低保家庭中的退役军人…给予其本人; 最低生活保障边缘家庭中的退役军人，有条件的地区可统筹纳入',
    class: 'recurring',
    classRef: '001 §四(一) 每月增发',
    channel: { department: `${VETERANS_DEPT} (列"其他优抚支出"科目)`, procedure: `生活援助按现行规定程序及渠道办理: ${OWN_PROCEDURE}, paid monthly`, referral: false, ref: '001 §四(一); 001 §五 last paragraph' },
    regionalParameters: ['dibao_standard_fen'],
    calculator: 'living-supplement',
  },
  medical_aid: {
    key: 'medical_aid',
    categories: ['veteran'],
    householdStatuses: ['dibao', 'dibao_edge'],
    coverageRef: '001 §四(二) 对于最低生活保障家庭、最低生活保障边缘家庭中的退役军人',
    class: 'one_off',
    classRef: '001 §四(二) per claim, capped per 医保年度',
    channel: { department: `${VETERANS_DEPT} with 医疗保障部门 ("一站式"结报 where available)`, procedure: `医疗援助按现行规定程序及渠道办理: ${OWN_PROCEDURE}`, referral: false, ref: '001 §四(二); 001 §五 last paragraph' },
    regionalParameters: ['prev_year_per_capita_consumption_fen'],
    calculator: 'medical-aid',
  },
  employment_subsidy: {
    key: 'employment_subsidy',
    categories: ['veteran'],
    householdStatuses: null,
    coverageRef: '001 §四(五) 符合生活困难的就业困难人员条件的退役军人，实现灵活就业并按规定缴纳社会保险费的',
    class: 'recurring',
    classRef: '001 §四(五) 补贴期限不超过3年…可延长至退休',
    channel: { department: `${VETERANS_DEPT} with 人力社保部门 (社会保险补贴)`, procedure: `就业援助按现行规定程序及渠道办理: ${OWN_PROCEDURE}, paid monthly over the window`, referral: false, ref: '001 §四(五); 001 §五 last paragraph' },
    regionalParameters: [],
    calculator: 'employment-subsidy',
  },
  temporary_aid: {
    key: 'temporary_aid',
    categories: ALL_001,
    householdStatuses: null,
    coverageRef: '001 §四(六) 退役军人、军烈属…遗属…县级以上表彰奖励获得者以及县级人民政府规定的其他困难退役军人; 000 §2 其他符合条件的优抚对象',
    class: 'one_off',
    classRef: '001 §四(六) 一次性援助',
    channel: { department: VETERANS_DEPT, procedure: `其他临时性援助工作由县级人民政府退役军人事务部门负责办理，退役军人服务中心(站)给予积极协助: ${OWN_PROCEDURE}`, referral: false, ref: '001 §五 last paragraph; 001 §六(一)' },
    regionalParameters: [],
    calculator: 'temporary-aid',
  },
  retiree_medical: {
    key: 'retiree_medical',
    categories: ['veteran'],
    householdStatuses: null,
    coverageRef: '004 §20 军队退休干部 (a retired cadre is a veteran; 004 §20 names no household condition)',
    class: 'one_off',
    classRef: '004 §20 per claim, 补助最高限额10万元',
    channel: { department: '军休服务管理机构', procedure: '004 §20 由军休服务管理机构给予补助', referral: false, ref: '004 §20' },
    regionalParameters: [],
    calculator: 'retiree-medical',
  },
  housing_referral: {
    key: 'housing_referral',
    categories: ALL_001,
    householdStatuses: null,
    coverageRef: '001 §四(三) 农村低保户、分散供养特困人员、困难残疾户、低保边缘户 (危房改造); 符合公租房保障条件的帮扶援助对象; 000 §8',
    class: 'referral',
    classRef: '001 §四(三) 列入当地住建部门危房改造计划 / 公租房优先予以保障',
    channel: { department: '住房和城乡建设部门', procedure: '住房援助按现行规定程序及渠道办理: 危房改造计划或即时救助; 公租房实物配租或租赁补贴 (按照有关规定执行)', referral: true, ref: '001 §四(三); 000 §8; 001 §五 last paragraph' },
    regionalParameters: [],
  },
  education_referral: {
    key: 'education_referral',
    categories: ['veteran', 'martyr_survivor', 'duty_death_survivor', 'illness_death_survivor', 'serving_member_family'],
    householdStatuses: null,
    coverageRef: '001 §四(四) 困难退役军人子女、烈军属子女; 000 §9',
    class: 'referral',
    classRef: '001 §四(四) 教育救助 by the education department',
    channel: { department: '教育部门及有关学校', procedure: '教育援助按现行规定程序及渠道办理: 减免相关教育费用，发放助学金、困难补助 (000 §9 按照相关规定)', referral: true, ref: '001 §四(四); 000 §9; 001 §五 last paragraph' },
    regionalParameters: [],
  },
  funeral_referral: {
    key: 'funeral_referral',
    categories: ALL_001,
    householdStatuses: null,
    requires: { path: 'applicant.receivesPeriodicPension', field: 'receivesPeriodicPension', message: 'the basic funeral fee waiver is for recipients of the state periodic pension (领取国家定期抚恤补助对象)' },
    coverageRef: '003 §七 免除领取国家定期抚恤补助对象的基本殡葬服务费用',
    class: 'referral',
    classRef: '003 §七 by the civil-affairs funeral service',
    channel: { department: '民政部门 (殡葬服务机构)', procedure: '003 §七 基本殡葬服务费用免除', referral: true, ref: '003 §七; 003 §八' },
    regionalParameters: [],
  },
};

export interface CoverageProblem {
  path: string;
  message: string;
  ref: string;
}

export interface ApplicantFacts {
  category: string;
  householdStatus?: string;
  receivesPeriodicPension?: boolean;
}

/** Where the regional opt-ins are looked up (optional: without it 低边 passes the static check). */
export interface RegionContext {
  table: ParameterTable;
  region: string;
  onDate: string;
}

/** 001 §四 names who each item is for: the problems (request paths) when this applicant is not covered. */
export function matterCoversApplicant(matter: MatterKey, applicant: ApplicantFacts, benefit?: { householdStatus?: unknown }, where?: RegionContext): CoverageProblem[] {
  const def = MATTER_CATALOGUE[matter];
  const problems: CoverageProblem[] = [];
  if (!def.categories.includes(applicant.category)) {
    problems.push({ path: 'applicant.category', message: `${matter} is for ${def.categories.join(', ')}; not for ${applicant.category}`, ref: def.coverageRef });
  }
  if (def.householdStatuses) {
    const fromBenefit = typeof benefit?.householdStatus === 'string' ? benefit.householdStatus : undefined;
    const path = fromBenefit !== undefined ? 'benefit.householdStatus' : 'applicant.householdStatus';
    const status = fromBenefit ?? applicant.householdStatus;
    if (fromBenefit !== undefined && applicant.householdStatus !== undefined && fromBenefit !== applicant.householdStatus) {
      problems.push({ path, message: `household status ${fromBenefit} differs from applicant.householdStatus ${applicant.householdStatus}`, ref: def.coverageRef });
    } else if (status === undefined) {
      problems.push({ path: 'applicant.householdStatus', message: `${matter} depends on the household status (one of ${[...def.householdStatuses, ...(def.optInStatuses?.statuses ?? [])].join(', ')})`, ref: def.coverageRef });
    } else if (!def.householdStatuses.includes(status)) {
      const opt = def.optInStatuses;
      if (opt?.statuses.includes(status)) {
        if (where && findParameter(where.table, where.region, opt.parameter, where.onDate)?.value !== true) {
          problems.push({ path, message: `${matter} covers ${status} households only where the region opts in (${opt.parameter}); region ${where.region} does not`, ref: def.coverageRef });
        }
      } else {
        problems.push({ path, message: `${matter} is for ${[...def.householdStatuses, ...(opt?.statuses.map((s) => `${s} (where the region opts in)`) ?? [])].join(', ')} households; not ${status}`, ref: def.coverageRef });
      }
    }
  }
  if (def.requires && applicant[def.requires.field] !== true) {
    problems.push({ path: def.requires.path, message: def.requires.message, ref: def.coverageRef });
  }
  return problems;
}

export interface ExclusionBlock {
  blocked: boolean;
  /** Every exclusion recorded, with its rule and reference (001 §三(二) 1–4). */
  rules: { rule: string; ref: string; message: string }[];
}

/**
 * 001 §三(二) "有下列情形之一的，不予帮扶援助": an approval of a case with any recorded exclusion is refused,
 * naming each rule; rejecting (with these reasons) is the path. Unknown keys block too (fail closed).
 */
export function exclusionsBlockApproval(exclusions: Partial<Record<ExclusionKey | string, boolean>> | undefined): ExclusionBlock {
  const rules: ExclusionBlock['rules'] = [];
  for (const [key, on] of Object.entries(exclusions ?? {})) {
    if (on !== true) continue;
    const def = (EXCLUSIONS as Record<string, { ref: string; message: string }>)[key];
    rules.push(def ? { rule: `exclusion.${key}`, ref: def.ref, message: `不予帮扶援助: ${def.message}` } : { rule: `exclusion.${key}`, ref: '001 §三(二)', message: `不予帮扶援助: recorded exclusion ${key}` });
  }
  return { blocked: rules.length > 0, rules };
}
