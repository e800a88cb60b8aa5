/**
 * The case's `benefit`: facts about the applicant only — costs, premiums, dates, household status —
 * typed per matter and strict (issue 12 row 2). Rates, standards and maxima are regional policy
 * (001 §四 "当地…标准", "由当地视情"): dated parameters (rules/parameter-defaults.ts), never typed in by
 * the clerk who files the case, and never seen by the approver as a clerk's number.
 *
 * Pure API:
 * - BENEFIT_FACTS[matter]: the zod schema of that matter's facts (documented field by field).
 * - benefitFactsIssues(matter, benefit) → [{path: 'benefit.<field>', message}] — [] when fine. A policy
 *   field (`rate`, `regionalMaxFen`, `dibaoStandardFen`, any `…MaxFen`, …) or an unknown field is
 *   named by its path; a policy field says which parameter holds it.
 * - policyFieldProblem(field) → message | null (used by the API's field-level check).
 * - calculatorInput(matter, facts, when) → the calculator's input for the case path: facts plus what
 *   the case itself knows (region = the case's county, the decision date, the period, recorded
 *   payments), never a policy number. The rules CLI keeps taking explicit inputs (its contract).
 */
import { z } from 'zod';
import { isoDate, fen as fenSchema } from './schemas.js';
import { HOUSEHOLD_STATUSES } from './household.js';
import { MATTER_CATALOGUE, MATTER_KEYS, type MatterKey } from './matters.js';

/** Fields that are policy, and where the value lives instead. */
export const POLICY_FIELDS: Readonly<Record<string, string>> = {
  rate: 'regional parameter (e.g. living_supplement_rate, 001 §四(一))',
  dibaoStandardFen: 'regional parameter dibao_standard_fen (001 §四(一) 当地最低生活保障标准)',
  regionalMaxFen: 'regional parameter temporary_aid_max_fen (001 §四(六))',
  prevYearPerCapitaConsumptionFen: 'regional parameter prev_year_per_capita_consumption_fen (001 §四(二))',
  paidThisYearFen: 'recorded payments of the person in the cap period (001 §四(二); 004 §20)',
  firstApprovalDate: 'the county decision (001 §五 3; 001 §四(五) 初次核定)',
  month: 'the payment period',
  region: "the case's county",
  onDate: 'the decision date',
  amountFen: 'the county decision (001 §五 3 审批决定)',
};
const POLICY_PATTERN = /(MaxFen|CapFen|Rate|StandardFen|MinFen)$/;

/** Why `field` may not be a fact of the case (it is policy), or null. */
export function policyFieldProblem(field: string): string | null {
  const where = POLICY_FIELDS[field] ?? (POLICY_PATTERN.test(field) || field === 'rate' ? 'a regional parameter (rates, standards and maxima are policy, 001 §四)' : undefined);
  return where ? `${field} is policy, not a fact about the applicant: it comes from the ${where}` : null;
}

const householdStatus = z.enum(HOUSEHOLD_STATUSES).describe('household status (fact), if not given on the applicant: tekun, dibao, dibao_edge, expenditure_poverty, none');

/** Each matter's facts. Field descriptions appear in the OpenAPI document. */
export const BENEFIT_FACTS = {
  living_supplement: z.object({ householdStatus: householdStatus.optional() }),
  medical_aid: z.object({
    householdStatus: householdStatus.optional(),
    remainingSelfPaidFen: fenSchema.describe('compliant self-paid cost left after basic insurance, critical-illness insurance, medical assistance and other reimbursements (001 §四(二))'),
    treatmentDate: isoDate.optional().describe('date of the treatment (recorded; the per-person cap counts recorded payments by payment date, rules/NOTES.md)'),
  }),
  employment_subsidy: z.object({
    premiumPaidFen: fenSchema.describe('social-insurance premium actually paid per month (001 §四(五) 实际缴纳社会保险费)'),
    retirementDate: isoDate.describe("the applicant's statutory retirement date (person-specific since the 2025 reform)"),
  }),
  temporary_aid: z.object({ requestedFen: fenSchema.optional().describe('the amount asked for; the county decides within the regional maximum (001 §四(六))') }),
  retiree_medical: z.object({
    selfPaidFen: fenSchema.describe('self-paid cost within basic insurance and medical-subsidy benefits (004 §20)'),
    treatmentDate: isoDate.optional(),
  }),
  housing_referral: z.object({
    rural: z.boolean().optional(),
    disabledHardship: z.boolean().optional().describe('困难残疾户'),
    onlyHomeCertifiedDangerous: z.boolean().optional().describe('现唯一住房经鉴定为危房'),
    meetsPublicRentalConditions: z.boolean().optional(),
  }),
  education_referral: z.object({ childrenInEducation: z.boolean().optional() }),
  funeral_referral: z.object({}),
} as const satisfies Record<MatterKey, z.ZodObject>;
export type BenefitFacts<M extends MatterKey> = z.infer<(typeof BENEFIT_FACTS)[M]>;

/** Every field that is a fact of some matter (a field of another matter is still refused by name). */
export const FACT_FIELDS: readonly string[] = [...new Set(MATTER_KEYS.flatMap((m) => Object.keys(BENEFIT_FACTS[m].shape)))];

/**
 * The request field `benefit` (API intake): a policy field (rate, regionalMaxFen, dibaoStandardFen,
 * any …MaxFen) or a field that is no matter's fact is an issue at `<field>` (the API prefixes
 * `benefit.`) whatever else the body holds; a fact of another matter is named by the body's check
 * (benefitFactsIssues, which knows the matter). The description lists each matter's facts (OpenAPI).
 */
export const benefitFactsField = z
  .record(z.string().max(64), z.unknown())
  .superRefine((x, ctx) => {
    for (const k of Object.keys(x)) {
      const policy = policyFieldProblem(k);
      if (policy) ctx.addIssue({ code: 'custom', path: [k], message: policy });
      else if (!FACT_FIELDS.includes(k)) ctx.addIssue({ code: 'custom', path: [k], message: `unknown field ${k}: benefit holds facts only (${FACT_FIELDS.join(', ')})` });
    }
  })
  .describe(
    'FACTS about the applicant, per matter (never policy: rates, standards and maxima are dated regional parameters, 001 §四; a policy or unknown field is a 400 naming benefit.<field>). ' +
      MATTER_KEYS.map((m) => `${m}: {${Object.keys(BENEFIT_FACTS[m].shape).join(', ')}} (${MATTER_CATALOGUE[m].class}, ${MATTER_CATALOGUE[m].channel.department})`).join('; '),
  );

export interface FactIssue {
  path: string;
  message: string;
}

/** The issues of a case's `benefit` for `matter`, each at `benefit.<field>`; [] when it holds only valid facts. */
export function benefitFactsIssues(matter: MatterKey, benefit: unknown): FactIssue[] {
  if (benefit === undefined) benefit = {};
  if (typeof benefit !== 'object' || benefit === null || Array.isArray(benefit)) return [{ path: 'benefit', message: 'expected an object of facts' }];
  const schema = BENEFIT_FACTS[matter];
  const known = Object.keys(schema.shape);
  const issues: FactIssue[] = [];
  for (const field of Object.keys(benefit)) {
    if (known.includes(field)) continue;
    const policy = policyFieldProblem(field);
    issues.push({
      path: `benefit.${field}`,
      message: policy ?? (FACT_FIELDS.includes(field) ? `${field} is not a fact of ${matter} (facts: ${known.join(', ') || 'none'})` : `unknown field ${field} (facts of ${matter}: ${known.join(', ') || 'none'})`),
    });
  }
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(benefit).filter(([k]) => known.includes(k))));
  if (!parsed.success) for (const i of parsed.error.issues) issues.push({ path: ['benefit', ...i.path.map(String)].join('.'), message: i.message });
  return issues;
}

/** The facts, typed, or a RangeError listing the issues (for activities that re-check stored input). */
export function parseBenefitFacts<M extends MatterKey>(matter: M, benefit: unknown): BenefitFacts<M> {
  const issues = benefitFactsIssues(matter, benefit);
  if (issues.length) throw new RangeError(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return BENEFIT_FACTS[matter].parse(benefit ?? {}) as BenefitFacts<M>;
}

/** What the case knows besides the facts, to compute an amount on the case path. */
export interface CaseCalculationContext {
  /** The case's county (its parameters apply). */
  region: string;
  /** The date whose parameters apply (the county decision date). */
  onDate: string;
  householdStatus?: string;
  /** Employment subsidy: the county's approval date (the window starts in its month) and the month paid. */
  approvalDate?: string;
  month?: string;
  /** Caps: what recorded payments of the person's cap period hold (rules/caps.ts capRoom). */
  paidInPeriodFen?: number;
  /** Temporary aid: the amount the county decided. */
  decidedFen?: number;
}

/** The calculator input for a case: facts + case context, no policy number (the calculators look those up). */
export function calculatorInput(matter: MatterKey, facts: Record<string, unknown>, ctx: CaseCalculationContext): Record<string, unknown> {
  const where = { region: ctx.region, onDate: ctx.onDate };
  const status = (facts.householdStatus as string | undefined) ?? ctx.householdStatus;
  switch (matter) {
    case 'living_supplement':
      return { ...where, ...(status ? { householdStatus: status } : {}) };
    case 'medical_aid':
      return { ...where, householdStatus: status, remainingSelfPaidFen: facts.remainingSelfPaidFen, paidThisYearFen: ctx.paidInPeriodFen ?? 0 };
    case 'employment_subsidy':
      return { ...where, premiumPaidFen: facts.premiumPaidFen, retirementDate: facts.retirementDate, firstApprovalDate: ctx.approvalDate, month: ctx.month };
    case 'temporary_aid':
      return { ...where, requestedFen: ctx.decidedFen ?? facts.requestedFen ?? 0 };
    case 'retiree_medical':
      return { ...where, selfPaidFen: facts.selfPaidFen, paidThisYearFen: ctx.paidInPeriodFen ?? 0 };
    default:
      throw new RangeError(`${matter} is a referral: no amount is computed (001 §五 last paragraph)`);
  }
}
