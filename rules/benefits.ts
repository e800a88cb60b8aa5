/**
 * The benefit calculators (SPEC §3): pure functions from inputs and dated parameters to an amount in
 * integer fen with a breakdown an auditor can recompute by hand — inputs, parameters used (value,
 * effective date, reference), steps, rounding.
 */
import { applyRate, compareRates, divRound, parseRate, yuan, type Rate, type RoundingMode, ROUNDING_MODES } from './decimal.js';
import { lookupParameter, NATIONAL, type ParameterTable, type ResolvedParameter } from './parameters.js';

export const BENEFIT_KINDS = ['living-supplement', 'medical-aid', 'employment-subsidy', 'retiree-medical', 'temporary-aid'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/** A rule input that cannot be computed with; `path` names the field. */
export class RuleInputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'RuleInputError';
  }
}

export interface Breakdown {
  kind: BenefitKind;
  inputs: Record<string, unknown>;
  parameters: ResolvedParameter[];
  steps: string[];
  rounding: { mode: RoundingMode; ref: string };
  amountFen: number;
  refs: string[];
  reason?: string;
}

export interface BenefitResult {
  amountFen: number;
  breakdown: Breakdown;
  refs: string[];
}

interface Ctx {
  region: string;
  onDate: string;
  params: ResolvedParameter[];
  table: ParameterTable;
}

function ctx(table: ParameterTable, input: { region?: string; onDate?: string }, today: string): Ctx {
  return { region: input.region ?? NATIONAL, onDate: input.onDate ?? today, params: [], table };
}
function param(c: Ctx, key: string): ResolvedParameter {
  let p: ResolvedParameter;
  try {
    p = lookupParameter(c.table, c.region, key, c.onDate);
  } catch (e) {
    // The parameter exists, only from a later date: the rule was not in force then (a bad input, not a fault).
    if (e instanceof RangeError && c.table.some((row) => row.key === key)) throw new RuleInputError('onDate', `${c.onDate} is before ${key} is in force (region ${c.region})`);
    throw e;
  }
  if (!c.params.some((x) => x.key === key)) c.params.push(p);
  return p;
}
function rounding(c: Ctx): { mode: RoundingMode; ref: string } {
  const p = param(c, 'rounding');
  const mode = String(p.value) as RoundingMode;
  if (!ROUNDING_MODES.includes(mode)) throw new Error(`parameter rounding=${mode} is not a rounding mode`);
  return { mode, ref: p.ref };
}
function rateParam(c: Ctx, key: string): Rate {
  return parseRate(String(param(c, key).value));
}
function fen(path: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new RuleInputError(path, 'expected a non-negative whole number of fen');
  return v;
}
function result(kind: BenefitKind, c: Ctx, inputs: Record<string, unknown>, steps: string[], amountFen: number, refs: string[], reason?: string): BenefitResult {
  const r = rounding(c);
  if (amountFen < 0 || !Number.isSafeInteger(amountFen)) throw new Error(`${kind}: computed an invalid amount ${amountFen}`);
  steps.push(`amount ${amountFen} fen (${yuan(amountFen)} yuan)`);
  return { amountFen, refs, breakdown: { kind, inputs, parameters: c.params, steps, rounding: r, amountFen, refs, ...(reason ? { reason } : {}) } };
}

// 001 §四(一): each month at least 10% of the local 低保 standard, for a veteran in a 低保 family.
export function livingSupplement(input: { dibaoStandardFen: number; rate?: string; householdStatus?: string; region?: string; onDate?: string }, table: ParameterTable, today = '2026-01-01'): BenefitResult {
  const c = ctx(table, input, today);
  const standard = fen('dibaoStandardFen', input.dibaoStandardFen);
  const min = rateParam(c, 'living_supplement_min_rate');
  let rate = min;
  if (input.rate !== undefined) {
    try {
      rate = parseRate(input.rate);
    } catch (e) {
      throw new RuleInputError('rate', (e as Error).message);
    }
    if (compareRates(rate, min) < 0) throw new RuleInputError('rate', `must be at least the minimum ${min.text} (001 §四(一): 不低于当地最低生活保障标准10%)`);
  }
  const refs = ['001 §四(一)'];
  const steps: string[] = [];
  if (input.householdStatus && input.householdStatus !== 'dibao') {
    const edgeIn = param(c, 'living_supplement_includes_dibao_edge').value === true;
    if (!(input.householdStatus === 'dibao_edge' && edgeIn)) {
      steps.push(`household ${input.householdStatus}: the supplement is for veterans in 低保 families${input.householdStatus === 'dibao_edge' ? ' (低边 not opted in here)' : ''}`);
      return result('living-supplement', c, { ...input }, steps, 0, refs, 'not in a 低保 family');
    }
  }
  const r = rounding(c);
  const amount = applyRate(standard, rate, r.mode);
  steps.push(`${yuan(standard)} yuan (低保 standard) × ${rate.text} = ${amount} fen, rounded ${r.mode}`);
  steps.push('not counted as household income (001 §四(一))');
  return result('living-supplement', c, { ...input }, steps, amount, refs);
}

// 001 §四(二): 50% of the remaining compliant self-paid cost; no deductible; per insurance year at most
// 50% of the previous year's local per-capita consumption expenditure, across all claims.
export function medicalAid(
  input: { householdStatus: string; remainingSelfPaidFen: number; paidThisYearFen: number; prevYearPerCapitaConsumptionFen: number; region?: string; onDate?: string },
  table: ParameterTable,
  today = '2026-01-01',
): BenefitResult {
  const c = ctx(table, input, today);
  const remaining = fen('remainingSelfPaidFen', input.remainingSelfPaidFen);
  const paid = fen('paidThisYearFen', input.paidThisYearFen);
  const consumption = fen('prevYearPerCapitaConsumptionFen', input.prevYearPerCapitaConsumptionFen);
  const refs = ['001 §四(二)'];
  const steps: string[] = [];
  if (input.householdStatus !== 'dibao' && input.householdStatus !== 'dibao_edge') {
    steps.push(`household ${input.householdStatus}: medical aid is for veterans in 低保 or 低边 families`);
    return result('medical-aid', c, { ...input }, steps, 0, refs, 'not in a 低保 or 低边 family');
  }
  const r = rounding(c);
  const rate = rateParam(c, 'medical_aid_rate');
  const capRate = rateParam(c, 'medical_aid_cap_rate');
  const raw = applyRate(remaining, rate, r.mode);
  const cap = applyRate(consumption, capRate, 'down');
  const room = Math.max(0, cap - paid);
  const amount = Math.min(raw, room);
  steps.push(`${yuan(remaining)} yuan remaining self-paid × ${rate.text} = ${raw} fen (no deductible)`);
  steps.push(`annual cap ${yuan(consumption)} × ${capRate.text} = ${cap} fen (rounded down); already paid this year ${paid} fen; room ${room} fen`);
  steps.push(`amount = min(${raw}, ${room})`);
  return result('medical-aid', c, { ...input }, steps, amount, refs);
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;
const monthIndex = (path: string, ym: string): number => {
  const m = MONTH_RE.exec(ym);
  if (!m || +m[2]! < 1 || +m[2]! > 12) throw new RuleInputError(path, 'expected a month as YYYY-MM');
  return +m[1]! * 12 + (+m[2]! - 1);
};
const monthName = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

// 001 §四(五): 2/3 of the premium actually paid, for at most 3 years; if retirement is less than 5
// years after first approval, until retirement. Window: 36 calendar months from the month of first
// approval; or, near retirement, every month before the month of retirement.
export function employmentSubsidy(
  input: { premiumPaidFen: number; firstApprovalDate: string; retirementDate: string; month: string; region?: string; onDate?: string },
  table: ParameterTable,
  today = '2026-01-01',
): BenefitResult {
  const c = ctx(table, { ...input, onDate: input.onDate ?? input.firstApprovalDate }, today);
  const premium = fen('premiumPaidFen', input.premiumPaidFen);
  const first = monthIndex('firstApprovalDate', input.firstApprovalDate.slice(0, 7));
  const retire = monthIndex('retirementDate', input.retirementDate.slice(0, 7));
  const month = monthIndex('month', input.month);
  const maxMonths = Number(param(c, 'employment_subsidy_max_months').value);
  const windowYears = Number(param(c, 'employment_subsidy_retirement_window_years').value);
  const rate = rateParam(c, 'employment_subsidy_rate');
  const r = rounding(c);
  const refs = ['001 §四(五)'];
  const steps: string[] = [];
  const [fy, fm, fd] = input.firstApprovalDate.split('-').map(Number) as [number, number, number];
  const fiveYearsAfter = `${fy + windowYears}-${String(fm).padStart(2, '0')}-${String(fd).padStart(2, '0')}`;
  const nearRetirement = input.retirementDate < fiveYearsAfter;
  const end = nearRetirement ? retire : first + maxMonths; // exclusive
  steps.push(
    nearRetirement
      ? `retirement ${input.retirementDate} is less than ${windowYears} years after first approval ${input.firstApprovalDate}: months ${monthName(first)} to ${monthName(retire - 1)} (until retirement)`
      : `window: ${maxMonths} months from ${monthName(first)} to ${monthName(first + maxMonths - 1)}`,
  );
  if (month < first || month >= end) {
    steps.push(`${input.month} is outside the window`);
    return result('employment-subsidy', c, { ...input }, steps, 0, refs, 'month outside the subsidy window');
  }
  const amount = applyRate(premium, rate, r.mode);
  steps.push(`${yuan(premium)} yuan premium paid × ${rate.text} = ${amount} fen, rounded ${r.mode}`);
  return result('employment-subsidy', c, { ...input }, steps, amount, refs);
}

// 004 §20: self-paid above 50,000 yuan: 70% of the part above 50,000; above 100,000: 50% of the part
// above 100,000 (read as marginal bands, like tax brackets); at most 100,000 yuan.
export function retireeMedical(input: { selfPaidFen: number; region?: string; onDate?: string }, table: ParameterTable, today = '2026-01-01'): BenefitResult {
  const c = ctx(table, input, today);
  const s = BigInt(fen('selfPaidFen', input.selfPaidFen));
  const t1 = BigInt(Number(param(c, 'retiree_medical_band1_threshold_fen').value));
  const r1 = rateParam(c, 'retiree_medical_band1_rate');
  const t2 = BigInt(Number(param(c, 'retiree_medical_band2_threshold_fen').value));
  const r2 = rateParam(c, 'retiree_medical_band2_rate');
  const cap = Number(param(c, 'retiree_medical_cap_fen').value);
  const r = rounding(c);
  const band1 = s > t1 ? (s < t2 ? s : t2) - t1 : 0n;
  const band2 = s > t2 ? s - t2 : 0n;
  // band1 × r1 + band2 × r2, exactly, rounded once.
  const num = band1 * r1.num * r2.den + band2 * r2.num * r1.den;
  const raw = Number(divRound(num, r1.den * r2.den, r.mode));
  const amount = Math.min(raw, cap);
  const steps = [
    `band 1: ${band1} fen between ${t1} and ${t2} × ${r1.text}`,
    `band 2: ${band2} fen above ${t2} × ${r2.text}`,
    `sum ${raw} fen, rounded ${r.mode} once; cap ${cap} fen → ${amount} fen`,
  ];
  return result('retiree-medical', c, { ...input }, steps, amount, ['004 §20']);
}

// 001 §四(六): one-off, amount decided by the county within a regional maximum (parameter).
export function temporaryAid(input: { requestedFen: number; regionalMaxFen?: number; region?: string; onDate?: string }, table: ParameterTable, today = '2026-01-01'): BenefitResult {
  const c = ctx(table, input, today);
  const requested = fen('requestedFen', input.requestedFen);
  let max: number;
  const steps: string[] = [];
  if (input.regionalMaxFen !== undefined) {
    max = fen('regionalMaxFen', input.regionalMaxFen);
    steps.push(`regional maximum ${max} fen (given)`);
  } else {
    max = Number(param(c, 'temporary_aid_max_fen').value);
    steps.push(`regional maximum ${max} fen (parameter)`);
  }
  const amount = Math.min(requested, max);
  steps.push(`amount = min(requested ${requested}, maximum ${max})`);
  return result('temporary-aid', c, { ...input }, steps, amount, ['001 §四(六)']);
}

/** Referral outcomes recorded on a case (001 §四(三)(四); 000 §8–9; 003 §七): no money moves here. */
export const REFERRALS = {
  housing: { ref: '001 §四(三); 000 §8', outcomes: ['public_rental_priority', 'dangerous_house_renovation'] },
  education: { ref: '001 §四(四); 000 §9', outcomes: ['education_subsidy', 'fee_waiver'] },
  funeral: { ref: '003 §七', outcomes: ['basic_funeral_fees_waived'] },
} as const;

/**
 * Dispatches to a calculator. Parameters are taken as of `input.onDate`, else `today` — which the
 * caller (an activity, the CLI, the API) supplies: the rules never read a clock.
 */
export function calculateBenefit(kind: BenefitKind, input: Record<string, unknown>, table: ParameterTable, today?: string): BenefitResult {
  const t = typeof input.onDate === 'string' ? input.onDate : today;
  if (!t) throw new RuleInputError('onDate', 'the date whose parameters apply is required');
  switch (kind) {
    case 'living-supplement':
      return livingSupplement(input as never, table, t);
    case 'medical-aid':
      return medicalAid(input as never, table, t);
    case 'employment-subsidy':
      return employmentSubsidy(input as never, table, t);
    case 'retiree-medical':
      return retireeMedical(input as never, table, t);
    case 'temporary-aid':
      return temporaryAid(input as never, table, t);
  }
}
