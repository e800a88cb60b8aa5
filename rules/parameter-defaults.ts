/**
 * The bundled parameter rows (national defaults, region 000000) and what each key holds.
 *
 * The seeds are regional: 001 is Wenzhou's (330300), 003 Chongqing's (500000), 004 Jilin's (220000);
 * only 000 is national. SPEC §3 applies their numbers as the defaults everywhere, so the rows below
 * cite the paragraph the number comes from and a region overrides it with its own rows. Rows marked
 * notInSeeds are Bangfu's choices where the documents are silent (SPEC "(not in seeds)").
 * See rules/NOTES.md for each choice.
 *
 * Regional-only keys (REGIONAL_ONLY_KEYS: the local 低保 standard, last year's local per-capita
 * consumption) have NO national row: ops load them per region, and `missingRegionalParameters`
 * (rules/intake.ts) names a region that lacks one. Every money parameter names its bound and rounding
 * in MONEY_RULES (a floor rounds up, a cap rounds down: rules/decimal.ts `roundingFor`).
 */
import { ROUNDING_MODES, type Bound } from './decimal.js';
import { NATIONAL, type ParameterTable, type ParameterValue } from './parameters.js';

const FROM_001 = '2022-01-01'; // 001 自2022年1月1日起施行
const FROM_000 = '2025-01-20'; // 000 自印发之日起施行 (2025-01-20)
const FROM_004 = '2021-01-01'; // 004 吉退役军人组办联发〔2021〕2号 (自下发之日起; the day is not in the text)

export const DEFAULT_PARAMETERS: ParameterTable = [
  // Process deadlines (001 §五; SPEC §2)
  { region: NATIONAL, key: 'township_review_working_days', value: 5, effectiveFrom: FROM_001, ref: '001 §五(二)' },
  { region: NATIONAL, key: 'county_decision_working_days', value: 5, effectiveFrom: FROM_001, ref: '001 §五(三)' },
  { region: NATIONAL, key: 'publication_working_days', value: 5, effectiveFrom: FROM_001, ref: 'SPEC §2.5 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'appeal_filing_days', value: 60, effectiveFrom: FROM_001, ref: 'SPEC §2.4 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'appeal_decision_working_days', value: 10, effectiveFrom: FROM_001, ref: 'SPEC §2.4 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'reminder_working_days_before', value: 1, effectiveFrom: FROM_001, ref: 'SPEC §2 reminder (not in seeds)', notInSeeds: true },
  // Jurisdiction (SPEC §1): 001 §三 requires local 户籍; 000 §3 (national, later, prevails per 000 §17)
  // moves services "逐步" (gradually) from the place of registration to the place of residence: both are
  // accepted nationally; a region that has completed the move sets "resident".
  // SPEC vs document (the document wins): SPEC reads 000 §3 as "moves"; the text says "逐步" (NOTES.md #1).
  { region: NATIONAL, key: 'jurisdiction_basis', value: 'registered', effectiveFrom: FROM_001, ref: '001 §三' },
  { region: NATIONAL, key: 'jurisdiction_basis', value: 'either', effectiveFrom: FROM_000, ref: '000 §3' },
  // Benefits (001 §四; 004 §20; SPEC §3)
  { region: NATIONAL, key: 'living_supplement_min_rate', value: '0.10', effectiveFrom: FROM_001, ref: '001 §四(一)' },
  { region: NATIONAL, key: 'living_supplement_rate', value: '0.10', effectiveFrom: FROM_001, ref: '001 §四(一)', note: 'the region\'s rate; at least living_supplement_min_rate' },
  { region: NATIONAL, key: 'living_supplement_includes_dibao_edge', value: false, effectiveFrom: FROM_001, ref: '001 §四(一)' },
  { region: NATIONAL, key: 'medical_aid_rate', value: '0.50', effectiveFrom: FROM_001, ref: '001 §四(二)' },
  { region: NATIONAL, key: 'medical_aid_cap_rate', value: '0.50', effectiveFrom: FROM_001, ref: '001 §四(二)' },
  { region: NATIONAL, key: 'employment_subsidy_rate', value: '2/3', effectiveFrom: FROM_001, ref: '001 §四(五)' },
  { region: NATIONAL, key: 'employment_subsidy_max_months', value: 36, effectiveFrom: FROM_001, ref: '001 §四(五)' },
  { region: NATIONAL, key: 'employment_subsidy_retirement_window_years', value: 5, effectiveFrom: FROM_001, ref: '001 §四(五)' },
  { region: NATIONAL, key: 'employment_subsidy_extends_to_retirement', value: true, effectiveFrom: FROM_001, ref: '001 §四(五)' },
  { region: NATIONAL, key: 'temporary_aid_max_fen', value: 1_000_000, effectiveFrom: FROM_001, ref: '001 §四(六) (amount not in seeds)', notInSeeds: true },
  // 001 §五 紧急情况时…可先行帮扶援助: the seeds fix no amount; a regional maximum (not in seeds).
  { region: NATIONAL, key: 'emergency_aid_max_fen', value: 1_000_000, effectiveFrom: FROM_001, ref: '001 §五 紧急情况 (amount not in seeds)', notInSeeds: true },
  // Per-person caps hold over a period of recorded payments (001 §四(二) "一个医保年度内"; 004 §20 names
  // no period): the period's dates are not in the seeds; default the calendar year.
  { region: NATIONAL, key: 'medical_aid_cap_period', value: 'calendar_year', effectiveFrom: FROM_001, ref: '001 §四(二) 一个医保年度 (its dates not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'retiree_medical_cap_period', value: 'calendar_year', effectiveFrom: FROM_004, ref: '004 §20 (no period stated; not in seeds)', notInSeeds: true },
  // 001 §五 last paragraph: another department's channel; the referral's outcome is awaited (not in seeds).
  { region: NATIONAL, key: 'referral_outcome_working_days', value: 20, effectiveFrom: FROM_001, ref: '001 §五 按现行规定程序及渠道办理 (deadline not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'retiree_medical_band1_threshold_fen', value: 5_000_000, effectiveFrom: FROM_004, ref: '004 §20' },
  { region: NATIONAL, key: 'retiree_medical_band1_rate', value: '0.70', effectiveFrom: FROM_004, ref: '004 §20' },
  { region: NATIONAL, key: 'retiree_medical_band2_threshold_fen', value: 10_000_000, effectiveFrom: FROM_004, ref: '004 §20' },
  { region: NATIONAL, key: 'retiree_medical_band2_rate', value: '0.50', effectiveFrom: FROM_004, ref: '004 §20' },
  { region: NATIONAL, key: 'retiree_medical_cap_fen', value: 10_000_000, effectiveFrom: FROM_004, ref: '004 §20' },
  // From 2021, like the 004 §20 bands: every calculator's rows must be in force whenever its own are.
  { region: NATIONAL, key: 'rounding', value: 'half_up', effectiveFrom: FROM_004, ref: 'SPEC §3 (not in seeds)', notInSeeds: true },
  // Retired cadres (004; SPEC §4): numbers the schedules need.
  { region: NATIONAL, key: 'retired_cadre_intake_first_month', value: 2, effectiveFrom: FROM_004, ref: '004 §5' },
  { region: NATIONAL, key: 'retired_cadre_intake_last_month', value: 10, effectiveFrom: FROM_004, ref: '004 §5' },
  { region: NATIONAL, key: 'retired_cadre_travel_approval_working_days', value: 10, effectiveFrom: FROM_004, ref: '004 §15' },
  { region: NATIONAL, key: 'retired_cadre_contact_interval_months', value: 1, effectiveFrom: FROM_004, ref: '004 §15' },
  { region: NATIONAL, key: 'retired_cadre_lost_contact_suspend_months', value: 6, effectiveFrom: FROM_004, ref: '004 §15' },
  { region: NATIONAL, key: 'retired_cadre_passport_return_days', value: 10, effectiveFrom: FROM_004, ref: '004 §15' },
  // 004 §15 "出国（境）时间较长应每季度汇报": how long is "较长" is not said (not in seeds: a stay of 3 months or more).
  { region: NATIONAL, key: 'retired_cadre_long_stay_months', value: 3, effectiveFrom: FROM_004, ref: '004 §15 较长 (not in seeds)', notInSeeds: true },
  // 004 §24 "高龄、重病、失能" with "定期体检、上门巡诊": the age and the period are not said (not in seeds).
  { region: NATIONAL, key: 'retired_cadre_very_old_age', value: 80, effectiveFrom: FROM_004, ref: '004 §24 高龄 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'retired_cadre_care_visit_months', value: 3, effectiveFrom: FROM_004, ref: '004 §24 定期 (not in seeds)', notInSeeds: true },
  // Standing duties (issue 13). "定期" (regularly), "经常性" (frequently), "及时" (promptly) are not
  // numbers: every interval below is Bangfu's default (not in seeds) that a region overrides.
  { region: NATIONAL, key: 'roll_interval_months', value: 3, effectiveFrom: FROM_001, ref: '003 §九 定期比对 (not in seeds; 000 §4: nationally 每年1次)', notInSeeds: true },
  { region: NATIONAL, key: 'roll_review_working_days', value: 10, effectiveFrom: FROM_001, ref: '003 §九; 001 §四(一) 动态更新 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'outreach_working_days', value: 10, effectiveFrom: FROM_001, ref: '003 §九 主动发现 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'annual_review_months', value: 12, effectiveFrom: FROM_001, ref: '001 §六(二) 动态调整 (not in seeds: yearly)', notInSeeds: true },
  { region: NATIONAL, key: 'annual_review_working_days', value: 20, effectiveFrom: FROM_001, ref: '001 §六(二) (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'visit_routine_interval_months', value: 6, effectiveFrom: FROM_000, ref: '000 §5 日常走访; 003 §八 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'visit_special_interval_months', value: 1, effectiveFrom: FROM_000, ref: '000 §5 经常性上门走访; 003 §五 定期探访 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'visit_elderly_age_years', value: 60, effectiveFrom: FROM_000, ref: '003 §五 老年 (not in seeds: 60)', notInSeeds: true },
  { region: NATIONAL, key: 'visit_after_emergency_working_days', value: 3, effectiveFrom: FROM_000, ref: '000 §10 及时开展走访慰问 (not in seeds)', notInSeeds: true },
  { region: NATIONAL, key: 'visit_working_days', value: 10, effectiveFrom: FROM_000, ref: '000 §5 (not in seeds: time to make a due visit)', notInSeeds: true },
  { region: NATIONAL, key: 'autumn_term_month', value: 8, effectiveFrom: FROM_000, ref: '000 §9 每年秋季开学前夕 (not in seeds: August)', notInSeeds: true },
  { region: NATIONAL, key: 'education_aid_fen', value: 100_000, effectiveFrom: FROM_001, ref: '001 §四(四) 视情给予一定补助; 000 §9 (amount not in seeds)', notInSeeds: true },
];

/** What a key holds: its type (and allowed values), for ops' parameter admin and the API docs. */
export type ParameterType =
  | { type: 'int'; min: number; max?: number; unit: 'working days' | 'days' | 'months' | 'years' | 'month of year' }
  | { type: 'fen' }
  | { type: 'rate' }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] };

const wd = { type: 'int', min: 0, max: 366, unit: 'working days' } as const;
/** A cap period: the calendar year, or a year starting on the 1st of another month (year_from_04 …). */
export const CAP_PERIODS: readonly string[] = ['calendar_year', ...Array.from({ length: 11 }, (_, i) => `year_from_${String(i + 2).padStart(2, '0')}`)];

/** Keys with no national default: a dated row per region, loaded by ops (001 §四 当地…). */
export const REGIONAL_ONLY_KEYS = ['dibao_standard_fen', 'prev_year_per_capita_consumption_fen'] as const;
export type RegionalOnlyKey = (typeof REGIONAL_ONLY_KEYS)[number];

/**
 * Every money parameter: what the document's words make it, and so how an amount derived from it is
 * rounded (rules/decimal.ts roundingFor): a floor rounds up, a cap down, a plain amount by the regional
 * `rounding`; a standard or threshold is an exact number of fen used as given.
 */
export interface MoneyRule {
  bound: Bound | 'standard' | 'threshold';
  rounding: 'up' | 'down' | 'regional' | 'exact';
  words: string;
  ref: string;
}
const floor = (words: string, ref: string): MoneyRule => ({ bound: 'floor', rounding: 'up', words, ref });
const cap = (words: string, ref: string): MoneyRule => ({ bound: 'cap', rounding: 'down', words, ref });
const amount = (words: string, ref: string): MoneyRule => ({ bound: 'amount', rounding: 'regional', words, ref });
const exact = (bound: 'standard' | 'threshold', words: string, ref: string): MoneyRule => ({ bound, rounding: 'exact', words, ref });
export const MONEY_RULES: Readonly<Record<string, MoneyRule>> = {
  living_supplement_min_rate: floor('每月增发不低于当地最低生活保障标准10%的生活补助', '001 §四(一)'),
  living_supplement_rate: floor('不低于…10%: the region\'s rate is still a floor', '001 §四(一)'),
  dibao_standard_fen: exact('standard', '当地最低生活保障标准', '001 §四(一)'),
  medical_aid_rate: amount('按剩余自负合规医疗费用的50%给予医疗援助', '001 §四(二)'),
  medical_aid_cap_rate: cap('援助金额封顶线为上年度当地居民人均消费支出的50%', '001 §四(二)'),
  prev_year_per_capita_consumption_fen: exact('standard', '上年度当地居民人均消费支出', '001 §四(二)'),
  employment_subsidy_rate: amount('给予其实际缴纳社会保险费三分之二的补贴', '001 §四(五)'),
  temporary_aid_max_fen: cap('由当地视情给予其一次性援助 (a regional maximum)', '001 §四(六)'),
  emergency_aid_max_fen: cap('先行帮扶援助 (a regional maximum)', '001 §五'),
  retiree_medical_band1_threshold_fen: exact('threshold', '个人自付医疗费超过5万元的', '004 §20'),
  retiree_medical_band1_rate: amount('按照超出部分的70%给予补助', '004 §20'),
  retiree_medical_band2_threshold_fen: exact('threshold', '个人自付医疗费超过10万元的', '004 §20'),
  retiree_medical_band2_rate: amount('按照超出部分的50%给予补助', '004 §20'),
  retiree_medical_cap_fen: cap('补助最高限额为10万元', '004 §20'),
  education_aid_fen: amount('视情给予一定补助 (a regional amount, not in seeds)', '001 §四(四); 000 §9'),
};
/**
 * Every parameter key with its type. `ParamKey` (below) is the union of these keys: code that names a
 * parameter (a step's deadline, a calculator's rate) is typed by it, so a typo is a compile error and
 * go-to-definition lands on the key's entry here.
 */
export const PARAMETER_TYPES = {
  township_review_working_days: wd,
  county_decision_working_days: wd,
  publication_working_days: wd,
  appeal_filing_days: { type: 'int', min: 1, max: 3660, unit: 'days' },
  appeal_decision_working_days: wd,
  reminder_working_days_before: wd,
  jurisdiction_basis: { type: 'enum', values: ['registered', 'resident', 'either'] },
  living_supplement_min_rate: { type: 'rate' },
  living_supplement_rate: { type: 'rate' },
  living_supplement_includes_dibao_edge: { type: 'boolean' },
  dibao_standard_fen: { type: 'fen' },
  prev_year_per_capita_consumption_fen: { type: 'fen' },
  emergency_aid_max_fen: { type: 'fen' },
  medical_aid_cap_period: { type: 'enum', values: CAP_PERIODS },
  retiree_medical_cap_period: { type: 'enum', values: CAP_PERIODS },
  referral_outcome_working_days: wd,
  medical_aid_rate: { type: 'rate' },
  medical_aid_cap_rate: { type: 'rate' },
  employment_subsidy_rate: { type: 'rate' },
  employment_subsidy_max_months: { type: 'int', min: 0, max: 1200, unit: 'months' },
  employment_subsidy_retirement_window_years: { type: 'int', min: 0, max: 100, unit: 'years' },
  employment_subsidy_extends_to_retirement: { type: 'boolean' },
  temporary_aid_max_fen: { type: 'fen' },
  retiree_medical_band1_threshold_fen: { type: 'fen' },
  retiree_medical_band1_rate: { type: 'rate' },
  retiree_medical_band2_threshold_fen: { type: 'fen' },
  retiree_medical_band2_rate: { type: 'rate' },
  retiree_medical_cap_fen: { type: 'fen' },
  rounding: { type: 'enum', values: ROUNDING_MODES },
  retired_cadre_intake_first_month: { type: 'int', min: 1, max: 12, unit: 'month of year' },
  retired_cadre_intake_last_month: { type: 'int', min: 1, max: 12, unit: 'month of year' },
  retired_cadre_travel_approval_working_days: wd,
  retired_cadre_contact_interval_months: { type: 'int', min: 1, max: 120, unit: 'months' },
  retired_cadre_lost_contact_suspend_months: { type: 'int', min: 1, max: 120, unit: 'months' },
  retired_cadre_passport_return_days: { type: 'int', min: 1, max: 366, unit: 'days' },
  retired_cadre_long_stay_months: { type: 'int', min: 1, max: 120, unit: 'months' },
  retired_cadre_very_old_age: { type: 'int', min: 60, max: 120, unit: 'years' },
  retired_cadre_care_visit_months: { type: 'int', min: 1, max: 12, unit: 'months' },
  roll_interval_months: { type: 'int', min: 1, max: 120, unit: 'months' },
  roll_review_working_days: wd,
  outreach_working_days: wd,
  annual_review_months: { type: 'int', min: 1, max: 120, unit: 'months' },
  annual_review_working_days: wd,
  visit_routine_interval_months: { type: 'int', min: 1, max: 120, unit: 'months' },
  visit_special_interval_months: { type: 'int', min: 1, max: 120, unit: 'months' },
  visit_elderly_age_years: { type: 'int', min: 1, max: 120, unit: 'years' },
  visit_after_emergency_working_days: wd,
  visit_working_days: wd,
  autumn_term_month: { type: 'int', min: 1, max: 12, unit: 'month of year' },
  education_aid_fen: { type: 'fen' },
} as const satisfies Readonly<Record<string, ParameterType>>;

export type ParamKey = keyof typeof PARAMETER_TYPES;
export const PARAMETER_KEYS = Object.keys(PARAMETER_TYPES) as ParamKey[];
export const isParamKey = (k: string): k is ParamKey => Object.prototype.hasOwnProperty.call(PARAMETER_TYPES, k);

const RATE = /^(\d+(\.\d+)?|\d+\/[1-9]\d*)$/;

/** Why `value` is not a valid value for `key`, or null. */
export function parameterValueProblem(key: string, value: ParameterValue | unknown): string | null {
  const t: ParameterType | undefined = isParamKey(key) ? PARAMETER_TYPES[key] : undefined;
  if (!t) return `unknown parameter ${key}`;
  switch (t.type) {
    case 'int':
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < t.min || (t.max !== undefined && value > t.max)) {
        return `${key} is a whole number of ${t.unit}, ${t.min}–${t.max ?? '…'}`;
      }
      return null;
    case 'fen':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? null : `${key} is a whole number of fen ≥ 0`;
    case 'rate':
      return typeof value === 'string' && RATE.test(value) ? null : `${key} is a decimal ("0.10") or a fraction ("2/3") as a string`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${key} is true or false`;
    case 'enum':
      return typeof value === 'string' && t.values.includes(value) ? null : `${key} is one of ${t.values.join(', ')}`;
  }
}
