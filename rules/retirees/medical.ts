/**
 * A retired cadre's medical subsidy claim (004 §20) within the year's other claims: the bands apply to
 * the year's cumulative self-paid cost, and the 100,000-yuan cap to everything paid in the year
 * (NOTES.md #5: the article gives no period; the year is ours, as for the calculator's paidThisYearFen).
 * Paid by the institution itself — not through township review, county approval and a village notice.
 */
import type { ParameterTable } from '../parameters.js';
import { retireeMedical } from '../benefits/retiree-medical.js';
import type { BenefitResult } from '../benefits/context.js';
import { fen } from '../benefits/context.js';

export interface ClaimInYear {
  /** Self-paid cost of this claim (within basic insurance and medical subsidy, 004 §20). */
  selfPaidFen: number;
  /** Self-paid cost of the year's earlier approved claims. */
  priorSelfPaidFen: number;
  /** Subsidy already paid in the year. */
  priorPaidFen: number;
  region: string;
  onDate: string;
}

export function retireeClaimAmount(c: ClaimInYear, table: ParameterTable): BenefitResult {
  const self = fen('selfPaidFen', c.selfPaidFen);
  const prior = fen('priorSelfPaidFen', c.priorSelfPaidFen);
  const paid = fen('priorPaidFen', c.priorPaidFen);
  return retireeMedical({ selfPaidFen: self + prior, paidThisYearFen: paid, region: c.region, onDate: c.onDate }, table);
}
