/**
 * The benefit calculators (SPEC §3), one file each under benefits/: pure functions from inputs and
 * dated parameters to an amount in integer fen with a breakdown an auditor can recompute by hand.
 */
import { RuleInputError } from './errors.js';
import type { ParameterTable } from './parameters.js';
import type { BenefitKind, BenefitResult } from './benefits/context.js';
import { employmentSubsidy } from './benefits/employment-subsidy.js';
import { livingSupplement } from './benefits/living-supplement.js';
import { medicalAid } from './benefits/medical-aid.js';
import { retireeMedical } from './benefits/retiree-medical.js';
import { temporaryAid } from './benefits/temporary-aid.js';

export { RuleInputError } from './errors.js';
export { BENEFIT_KINDS, type BenefitKind, type BenefitResult, type Breakdown, type Where } from './benefits/context.js';
export { employmentSubsidy, employmentSubsidyWindow, addYears, type EmploymentSubsidyInput, type SubsidyWindow } from './benefits/employment-subsidy.js';
export { livingSupplement, type LivingSupplementInput } from './benefits/living-supplement.js';
export { medicalAid, type MedicalAidInput } from './benefits/medical-aid.js';
export { retireeMedical, type RetireeMedicalInput } from './benefits/retiree-medical.js';
export { temporaryAid, type TemporaryAidInput } from './benefits/temporary-aid.js';
export * from './benefits/referrals.js';

const CALCULATORS: Record<BenefitKind, (input: never, table: ParameterTable, today?: string) => BenefitResult> = {
  'living-supplement': livingSupplement,
  'medical-aid': medicalAid,
  'employment-subsidy': employmentSubsidy,
  'retiree-medical': retireeMedical,
  'temporary-aid': temporaryAid,
};

/**
 * Dispatches to a calculator. Parameters are taken as of `input.onDate`, else `today` — which the
 * caller (an activity, the CLI, the API) supplies: the rules never read a clock.
 */
export function calculateBenefit(kind: BenefitKind, input: Record<string, unknown>, table: ParameterTable, today?: string): BenefitResult {
  const calc = CALCULATORS[kind];
  if (!calc) throw new RuleInputError('kind', `expected one of ${Object.keys(CALCULATORS).join(', ')}`);
  const t = typeof input.onDate === 'string' ? input.onDate : today;
  if (!t) throw new RuleInputError('onDate', 'the date whose parameters apply is required');
  return calc(input as never, table, t);
}
