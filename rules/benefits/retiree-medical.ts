/**
 * Retired-cadre medical subsidy (004 §20): of the self-paid cost within basic insurance and medical
 * subsidy, "超过5万元的，按照超出部分的70%…超过10万元的，按照超出部分的50%…补助最高限额为10万元".
 * Read as marginal bands (SPEC §3, like tax brackets): 70% of the part between 50,000 and 100,000
 * yuan, 50% of the part above 100,000; at most 100,000 yuan. The only reading that never pays less for
 * a higher cost (NOTES.md). Rounded once, over both bands.
 * 004 §20 is for 军队退休干部 and counts the self-paid cost within basic insurance and medical-subsidy
 * benefits (NOTES.md #4). Its cap has no period (NOTES.md #5): with paidThisYearFen (optional) it holds
 * across claims — pass the year's cumulative self-paid cost and what was already paid.
 */
import { divRound, yuan } from '../decimal.js';
import type { ParameterTable } from '../parameters.js';
import { Ctx, fen, type BenefitResult, type Where } from './context.js';

export interface RetireeMedicalInput extends Where {
  selfPaidFen: number;
  paidThisYearFen?: number;
}

export function retireeMedical(input: RetireeMedicalInput, table: ParameterTable, today?: string): BenefitResult {
  const c = new Ctx('retiree-medical', table, input, today);
  const s = BigInt(fen('selfPaidFen', input.selfPaidFen));
  const paid = input.paidThisYearFen === undefined ? 0 : fen('paidThisYearFen', input.paidThisYearFen);
  const t1 = BigInt(c.int('retiree_medical_band1_threshold_fen'));
  const r1 = c.rate('retiree_medical_band1_rate');
  const t2 = BigInt(c.int('retiree_medical_band2_threshold_fen'));
  const r2 = c.rate('retiree_medical_band2_rate');
  const cap = c.int('retiree_medical_cap_fen');
  const r = c.roundingOf('retiree_medical_band1_rate');
  const band1 = s > t1 ? (s < t2 ? s : t2) - t1 : 0n;
  const band2 = s > t2 ? s - t2 : 0n;
  // band1 × r1 + band2 × r2, exactly, rounded once.
  const raw = Number(divRound(band1 * r1.num * r2.den + band2 * r2.num * r1.den, r1.den * r2.den, r.mode));
  const due = Math.min(raw, cap);
  const amount = Math.max(0, due - paid);
  const steps = [
    `band 1: ${band1} fen of the cost between ${yuan(Number(t1))} and ${yuan(Number(t2))} yuan × ${r1.text}`,
    `band 2: ${band2} fen of the cost above ${yuan(Number(t2))} yuan × ${r2.text}`,
    `sum ${raw} fen, rounded ${r.mode} once; cap ${cap} fen → ${due} fen`,
  ];
  if (input.paidThisYearFen !== undefined) steps.push(`already paid ${paid} fen → ${amount} fen`);
  return c.done(input, steps, amount, ['004 §20']);
}
