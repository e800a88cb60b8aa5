/**
 * The API's request and response shapes (zod; the OpenAPI document at /docs/json is generated from them).
 * Only shapes here: what a field means in policy terms is noted where it matters.
 */
import { z } from 'zod';
import { CASE_STATUSES, FILING_CAPACITIES, MATTERS, TASK_TYPES } from '../rules/vocabulary.js';
import { EXCLUSIONS, HOUSEHOLD_STATUSES, idNumberProblem } from '../rules/index.js';
import { benefitFactsField, benefitFactsIssues } from '../rules/benefit-facts.js';
import { matterCoversApplicant } from '../rules/matters.js';

// ---------- problems (RFC 9457) ----------
export const FieldErrorSchema = z.object({
  path: z.string().describe('the failing field, dotted (e.g. applicant.idNumber)'),
  in: z.string().optional().describe('body, querystring, params or headers'),
  message: z.string(),
});

export const ProblemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    code: z.string().describe('stable machine-readable code (e.g. WRONG_ROLE, SEPARATION_OF_DUTIES, VALIDATION)'),
    errors: z.array(FieldErrorSchema).optional(),
    ref: z.string().optional().describe('the rule that refused the action (a paragraph of the documents or of SPEC)'),
  })
  .describe('application/problem+json (RFC 9457)');

/** Response schemas for the given error statuses. */
export function problems<S extends number>(...statuses: S[]): Record<S, typeof ProblemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema])) as Record<S, typeof ProblemSchema>;
}

// ---------- common fields ----------
export const CountyCode = z.string().regex(/^\d{6}$/, 'expected a 6-digit GB/T 2260 county code');
export const TownshipCode = z.string().regex(/^\d{9}$/, 'expected a 9-digit township code');
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar date');
export const Fen = z.number().int('expected a whole number of fen').min(0).max(Number.MAX_SAFE_INTEGER);
export const IdParam = z.object({
  id: z.string().min(1).max(120).regex(/^[A-Za-z0-9_:.-]+$/, 'expected an identifier'),
});
export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'expected printable ASCII without spaces')
    .optional()
    .describe('the same key with the same body returns the first response; kept at least 24 h'),
});
/** Payments: the key is required (issue 16 item 16); a retry with the same key never pays twice. */
export const IdempotencyHeadersRequired = z.looseObject({
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'expected printable ASCII without spaces')
    .describe('required: the same key with the same body returns the first response; kept at least 24 h'),
});

export const IdNumber = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    const p = idNumberProblem(v);
    if (p) ctx.addIssue({ code: 'custom', message: `ID number ${p} (GB 11643)` });
    else if (Date.parse(`${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}T00:00:00+08:00`) > Date.now()) ctx.addIssue({ code: 'custom', message: 'ID number has a birth date in the future' });
  })
  .transform((v) => v.toUpperCase())
  .describe('resident ID number, GB 11643 (18 characters, MOD 11-2 check character)');

// ---------- cases ----------
export const ApplicantInput = z.object({
  idNumber: IdNumber,
  name: z.string().trim().min(1).max(60),
  category: z.string().trim().min(1).max(64).describe('veteran, martyr_survivor, … (001 §三)'),
  birthDate: IsoDate,
  receivesPeriodicPension: z.boolean().optional(),
  relationToServingMember: z.string().max(64).optional(),
  registeredLocally: z.boolean().optional(),
  residesLocally: z.boolean().optional(),
  householdStatus: z.enum(HOUSEHOLD_STATUSES).optional().describe('household status (a fact): tekun (特困), dibao (低保), dibao_edge (低保边缘, 低边), expenditure_poverty (支出型贫困), none'),
  combatVeteran: z.boolean().optional(),
  decorated: z.boolean().optional(),
  remoteHardshipService: z.boolean().optional(),
  phone: z.string().max(32).optional(),
  village: z.string().max(100).optional(),
  specialGroups: z
    .array(z.enum(['elderly', 'seriously_ill', 'disabled', 'widowed', 'childless', 'living_alone']))
    .max(6)
    .optional()
    .describe('visits (000 §5 老弱病残、鳏寡孤独; 003 §五): groups visited more often'),
  studentsInHousehold: z.number().int().min(0).max(20).optional().describe('students in the household (000 §9 autumn-term visit; 001 §四(四) education aid)'),
});

const EmergencyInput = z.object({
  amountFen: z.number().int('expected a whole number of fen').min(1).max(1_000_000_000),
  reason: z.string().trim().min(1).max(2000),
});

/**
 * A case the station files on a visit's follow-up (000 §5; issue 13): the person is the visited one;
 * the consent to the means check (001 §五(一)) may be given at the visit (`consentEvidence`) or recorded
 * later (POST /v1/cases/{id}/consent).
 */
export const FollowUpCaseBody = z
  .object({
    matter: z.enum(MATTERS),
    hardshipSituation: z.number().int().min(1).max(5).describe('001 §三(一) situations 1–5'),
    emergency: EmergencyInput.optional().describe('emergency path (001 §五): paid first, review and approval follow'),
    benefit: benefitFactsField.optional(),
    consentEvidence: z.string().trim().min(1).max(500).optional().describe("the signed consent form's reference, when signed at the visit (001 §五(一)); otherwise recorded later"),
  })
  .superRefine((b, ctx) => {
    for (const i of benefitFactsIssues(b.matter, b.benefit)) ctx.addIssue({ code: 'custom', path: i.path.split('.'), message: i.message });
  });
export type FollowUpCaseBody = z.infer<typeof FollowUpCaseBody>;

export const CreateCaseBody = z
  .object({
    applicant: ApplicantInput,
    matter: z.enum(MATTERS),
    hardshipSituation: z.number().int().min(1).max(5).describe('001 §三(一) situations 1–5'),
    county: CountyCode,
    township: TownshipCode,
    consentToMeansCheck: z.literal(true, { error: 'the applicant must consent to the check of household finances (001 §五(一)): no consent, no case' }),
    filedBy: z.object({
      capacity: z.enum(FILING_CAPACITIES),
      sub: z.string().min(1).max(128).optional().describe('agent capacity only: the agent\'s id (default: the caller)'),
      agentId: z.string().min(1).max(128).optional().describe('alias of sub'),
      name: z.string().max(60).optional(),
      relation: z.string().max(60).optional(),
    }),
    emergency: EmergencyInput.optional().describe('emergency path (001 §五): paid first, review and approval follow'),
    benefit: benefitFactsField.optional(),
    exclusions: z
      .record(z.string().max(64), z.boolean())
      .superRefine((x, ctx) => {
        for (const k of Object.keys(x)) if (!(k in EXCLUSIONS)) ctx.addIssue({ code: 'custom', path: [k], message: `unknown exclusion ${k}: one of ${Object.keys(EXCLUSIONS).join(', ')} (001 §三(二))` });
      })
      .optional()
      .describe('001 §三(二) exclusion flags (facts): criminalPunishment, creditBlacklist, disruptivePetitioning, otherLegalBar; an approval with any of them is refused (不予帮扶援助)'),
  })
  .superRefine((b, ctx) => {
    if (!b.township.startsWith(b.county)) {
      ctx.addIssue({ code: 'custom', path: ['township'], message: `township ${b.township} is not in county ${b.county}` });
    }
    // The benefit facts of this matter (a fact of another matter is named here); then whether the
    // matter covers this applicant (001 §四: category and household status). Issue 12 rows 2, 6.
    for (const i of benefitFactsIssues(b.matter, b.benefit)) ctx.addIssue({ code: 'custom', path: i.path.split('.'), message: i.message });
    for (const p of matterCoversApplicant(b.matter, b.applicant, b.benefit as { householdStatus?: unknown } | undefined)) ctx.addIssue({ code: 'custom', path: p.path.split('.'), message: `${p.message} (${p.ref})` });
  });
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const StepView = z.object({
  id: z.string(),
  type: z.enum(TASK_TYPES),
  role: z.string(),
  status: z.string(),
  openedAt: z.string(),
  dueAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  provisional: z.boolean(),
  overdue: z.boolean(),
  claimedBy: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decision: z.string().nullable(),
  reasons: z.string().nullable(),
  evidence: z.array(z.string()),
  completedAt: z.string().nullable(),
  actions: z.array(z.string()).describe('what the caller may do on this step now'),
  decisions: z
    .array(z.enum(['approve', 'reject']))
    .optional()
    .describe('when the caller may complete this step: the decisions that would be accepted (a case with a 001 §三(二) exclusion offers only reject)'),
  data: z
    .record(z.string(), z.unknown())
    .nullable()
    .optional()
    .describe('shown to finance, auditors and the county approver: the county decision amount with its breakdown (001 §五3 审批决定), a recovery’s excess'),
});

export const PaymentView = z.object({
  item: z.string(),
  period: z.string(),
  amountFen: z.number().int(),
  kind: z.enum(['emergency', 'regular']),
  paidAt: z.string(),
  paidBy: z.string().optional(),
  breakdown: z.unknown().optional(),
});

export const CaseView = z.object({
  id: z.string(),
  status: z.enum(CASE_STATUSES),
  matter: z.string(),
  county: z.string(),
  township: z.string(),
  priority: z.number().int(),
  open: z.boolean(),
  receivedAt: z.string(),
  currentStep: z.string().nullable(),
  applicant: z.looseObject({
    name: z.string().describe('masked unless the caller is an auditor'),
    idNumber: z.string().describe('never whole, except for auditors'),
    category: z.string(),
  }),
  hardshipSituation: z.number().int(),
  filedBy: z.looseObject({ capacity: z.string() }),
  emergency: z.object({ amountFen: z.number().int(), reason: z.string() }).nullable(),
  steps: z.array(StepView),
  payments: z.array(PaymentView),
  writtenReasons: z.string().nullable(),
  appealDeadline: z.string().nullable(),
  publicationText: z.string().nullable(),
  consentPending: z.boolean().describe('filed on a visit follow-up before the consent to the means check was recorded (001 §五(一)); POST /v1/cases/{id}/consent records it'),
  allowedActions: z.array(z.string()).describe('claim, unclaim, complete, appeal, objection, recheck, payment, stop, history, consent'),
});
export type CaseView = z.infer<typeof CaseView>;

export const PaymentResponse = CaseView.extend({ payment: PaymentView.nullable() });

export const AcceptedCase = z.object({
  id: z.string(),
  status: z.enum(CASE_STATUSES),
  pending: z.literal(true),
  detail: z.string(),
});

export const AppealBody = z.object({
  reasons: z.string().trim().min(1, 'an appeal needs the applicant\'s reasons').max(4000),
  body: z
    .enum(['county_government', 'higher_veterans_department'])
    .optional()
    .describe('to whom (001 §五3 "可向县级人民政府或上一级退役军人事务部门申请复核"): county_government (default; the county\'s appeal reviewer) or higher_veterans_department (an appeal reviewer whose token names the city, XXXX00)'),
});
export const ObjectionBody = z.object({ text: z.string().trim().min(1, 'an objection needs its text').max(4000) });
export const RecheckBody = z.object({ reasons: z.string().trim().max(4000).optional() }).optional().default({});
export const DisburseBody = z
  .object({ period: z.string().regex(/^(\d{4}-(0[1-9]|1[0-2])|once)$/, 'expected YYYY-MM or "once"').optional() })
  .optional()
  .default({});
export const ConsentBody = z.object({
  evidence: z.string().trim().min(1, "the consent needs its evidence (the signed form's reference)").max(500).describe("the signed consent form's reference (001 §五(一))"),
});
export const StopBody = z.object({ reasons: z.string().trim().min(1, 'stopping a payment needs reasons').max(4000) });
