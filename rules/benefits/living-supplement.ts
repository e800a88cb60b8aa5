/**
 * Living supplement (001 §四(一)): a veteran in a 低保 family gets, each month, at least 10% of the
 * local 低保 standard ("每月增发不低于当地最低生活保障标准10%的生活补助"); it is not counted as
 * household income; 低边 families may be included where the region opts in ("有条件的地区可统筹纳入").
 * A rate below the regional minimum is refused as bad input (never silently raised): the rate is a
 * decision of the region, and a wrong one should be corrected where it was made (NOTES.md).
 */
import { applyRate, compareRates, parseRate, yuan } from '../decimal.js';
import { RuleInputError } from '../errors.js';
import type { ParameterTable } from '../parameters.js';
import { Ctx, fen, type BenefitResult, type Where } from './context.js';

export interface LivingSupplementInput extends Where {
  /** The local monthly 低保 standard, in fen. */
  dibaoStandardFen: number;
  /** The region's rate as a decimal ("0.12") or fraction; default the minimum. */
  rate?: string;
  /** Household status; absent means a 低保 family (the CLI's contract). */
  householdStatus?: string;
}

const REFS = ['001 §四(一)'];

export function livingSupplement(input: LivingSupplementInput, table: ParameterTable, today?: string): BenefitResult {
  const c = new Ctx('living-supplement', table, input, today);
  const standard = fen('dibaoStandardFen', input.dibaoStandardFen);
  const min = c.rate('living_supplement_min_rate');
  let rate = min;
  if (input.rate !== undefined) {
    try {
      rate = parseRate(input.rate);
    } catch (e) {
      throw new RuleInputError('rate', (e as Error).message);
    }
    if (compareRates(rate, min) < 0) throw new RuleInputError('rate', `must be at least the minimum ${min.text} (001 §四(一): 不低于当地最低生活保障标准10%)`);
  }
  const steps: string[] = [];
  const status = input.householdStatus ?? 'dibao';
  if (status !== 'dibao') {
    const edgeIn = c.param('living_supplement_includes_dibao_edge').value === true;
    if (!(status === 'dibao_edge' && edgeIn)) {
      steps.push(`household ${status}: the supplement is for veterans in 低保 families${status === 'dibao_edge' ? ' (低边 not opted in here)' : ''}`);
      return c.done(input, steps, 0, REFS, 'not in a 低保 family');
    }
    steps.push('household 低边: included, the region opted in (001 §四(一) 有条件的地区可统筹纳入)');
  }
  const r = c.rounding();
  const amount = applyRate(standard, rate, r.mode);
  steps.push(`${yuan(standard)} yuan (低保 standard) × ${rate.text} = ${amount} fen, rounded ${r.mode}`);
  steps.push('not counted as household income (001 §四(一))');
  return c.done(input, steps, amount, REFS);
}
