/**
 * Medical aid (001 §四(二)): for a veteran in a 低保 or 低边 family, 50% of the compliant self-paid cost
 * that remains after basic insurance, critical-illness insurance, medical assistance and other
 * reimbursements; no deductible (不设起付线); within one insurance year the total is capped at 50% of
 * the previous year's local per-capita consumption expenditure, across all claims.
 * The 50% share is a plain amount (regional `rounding`); the cap is a cap and rounds down, so rounding
 * can never pay above it.
 *
 * API: medicalAid(input, table, today?). Last year's local per-capita consumption is the regional
 * parameter `prev_year_per_capita_consumption_fen` unless given explicitly (CLI contract);
 * `paidThisYearFen` is what recorded payments of the person's cap period hold (rules/caps.ts
 * `capRoom` computes it from payment rows, emergency payments included), never a clerk's figure.
 */
import { applyRate, yuan } from '../decimal.js';
import type { ParameterTable } from '../parameters.js';
import { Ctx, fen, type BenefitResult, type Where } from './context.js';

export interface MedicalAidInput extends Where {
  householdStatus: string;
  /** Compliant self-paid cost left after every other reimbursement, in fen. */
  remainingSelfPaidFen: number;
  /** Medical aid already paid to this person in this insurance year, in fen. */
  paidThisYearFen: number;
  /** Explicit (CLI); absent, the regional parameter prev_year_per_capita_consumption_fen. */
  prevYearPerCapitaConsumptionFen?: number;
}

const REFS = ['001 §四(二)'];

export function medicalAid(input: MedicalAidInput, table: ParameterTable, today?: string): BenefitResult {
  const c = new Ctx('medical-aid', table, input, today);
  const remaining = fen('remainingSelfPaidFen', input.remainingSelfPaidFen);
  const paid = fen('paidThisYearFen', input.paidThisYearFen);
  const steps: string[] = [];
  const consumption =
    input.prevYearPerCapitaConsumptionFen !== undefined
      ? fen('prevYearPerCapitaConsumptionFen', input.prevYearPerCapitaConsumptionFen)
      : c.regional('prev_year_per_capita_consumption_fen', 'prevYearPerCapitaConsumptionFen');
  if (input.householdStatus !== 'dibao' && input.householdStatus !== 'dibao_edge') {
    steps.push(`household ${String(input.householdStatus)}: medical aid is for veterans in 低保 or 低边 families`);
    return c.done(input, steps, 0, REFS, 'not in a 低保 or 低边 family');
  }
  const r = c.roundingOf('medical_aid_rate');
  const rate = c.rate('medical_aid_rate');
  const capRate = c.rate('medical_aid_cap_rate');
  const raw = applyRate(remaining, rate, r.mode);
  const cap = applyRate(consumption, capRate, 'down');
  const room = Math.max(0, cap - paid);
  const amount = Math.min(raw, room);
  steps.push(`${yuan(remaining)} yuan remaining self-paid × ${rate.text} = ${raw} fen, rounded ${r.mode} (no deductible)`);
  steps.push(`annual cap ${yuan(consumption)} yuan × ${capRate.text} = ${cap} fen (rounded down); already paid this year ${paid} fen; room ${room} fen`);
  steps.push(`amount = min(${raw}, ${room})`);
  return c.done(input, steps, amount, REFS);
}
