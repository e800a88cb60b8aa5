/**
 * Input schemas of the rules (zod), shared by the CLI and the HTTP API so both name a bad field by
 * the same path.
 */
import { z } from 'zod';
import { isRealDate, isValidDate } from './dates.js';
import { CATEGORIES } from './eligibility.js';
import { HOUSEHOLD_STATUSES } from './household.js';
import { CONDUCTS } from './priority.js';

// A malformed string stops at the format check: one issue per field, not two.
const DATE_FORMAT = { error: 'expected a date as YYYY-MM-DD', abort: true } as const;

export const isoDate = z
  .string({ error: 'expected a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_FORMAT)
  .refine(isValidDate, 'not a real date (or outside 1990–2100)');
/** A birth date: any real date from 1900 (the working-day calendar's 1990–2100 range is for deadlines). */
export const birthDate = z
  .string({ error: 'expected a date as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_FORMAT)
  .refine((s) => s >= '1900-01-01' && isRealDate(s), 'not a real date (or before 1900)');
export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM');
export const fen = z
  .number({ error: 'expected a whole number of fen' })
  .int('expected a whole number of fen')
  .nonnegative('must not be negative')
  .max(Number.MAX_SAFE_INTEGER);
export const rateText = z.string().regex(/^(\d+(\.\d+)?|\d+\/[1-9]\d*)$/, 'expected a decimal such as "0.12" or a fraction such as "2/3"');
/** GB/T 2260: 2-digit province, 4-digit city, 6-digit county, 9-digit township; CN or 000000 national. */
export const regionCode = z.string().regex(/^(CN|\d{2}|\d{4}|\d{6}|\d{9})$/, 'expected a GB/T 2260 code (2, 4, 6 or 9 digits) or CN');
const region = regionCode;

export const deadlineInput = z.object({
  received: isoDate,
  workingDays: z.number({ error: 'expected a whole number of working days' }).int('expected a whole number').min(1, 'at least 1').max(366, 'at most 366'),
});

export const eligibilityInput = z.object({
  applicationDate: isoDate,
  category: z.enum(CATEGORIES),
  receivesPeriodicPension: z.boolean().optional(),
  relationToServingMember: z.string().optional(),
  birthDate: birthDate,
  registeredLocally: z.boolean(),
  residesLocally: z.boolean(),
  hardshipSituation: z.number().int('expected a whole number'),
  exclusions: z.object({
    criminalPunishment: z.boolean().optional(),
    creditBlacklist: z.boolean().optional(),
    disruptivePetitioning: z.boolean().optional(),
    otherLegalBar: z.boolean().optional(),
  }),
  region: region.optional(),
});

const common = { region: region.optional(), onDate: isoDate.optional() };
const householdStatus = z.enum(HOUSEHOLD_STATUSES);
export const benefitInputs = {
  'living-supplement': z.object({ dibaoStandardFen: fen.optional(), rate: rateText.optional(), householdStatus: householdStatus.optional(), ...common }),
  'medical-aid': z.object({
    householdStatus,
    remainingSelfPaidFen: fen,
    paidThisYearFen: fen,
    prevYearPerCapitaConsumptionFen: fen.optional(),
    ...common,
  }),
  'employment-subsidy': z.object({ premiumPaidFen: fen, firstApprovalDate: isoDate, retirementDate: isoDate, month: yearMonth, ...common }),
  'retiree-medical': z.object({ selfPaidFen: fen, paidThisYearFen: fen.optional(), ...common }),
  'temporary-aid': z.object({ requestedFen: fen, regionalMaxFen: fen.optional(), ...common }),
} as const;

/**
 * What township verification records for priority (000 §3 现实表现; 000 §2, §6 重病重残; issue 12 row 13):
 * strict, so a typo is named. The lead's workflow stores it on the case and passes it to priorityScore.
 */
export const verificationPriorityFacts = z.strictObject({
  conduct: z.enum(CONDUCTS).optional().describe('现实表现: commendable, ordinary, concern (000 §3)'),
  seriousIllness: z.boolean().optional().describe('患有严重疾病 (000 §2; 000 §6 重病)'),
  seriousDisability: z.boolean().optional().describe('致残 (000 §2; 000 §6 重残)'),
});

/** zod issues as {path, message}, path dotted ("applicant.idNumber", "items.0.amountFen"). */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}
