/**
 * Living supplement (001 §四(一)): a veteran in a 低保 family gets, each month, at least 10% of the
 * local 低保 standard ("每月增发不低于当地最低生活保障标准10%的生活补助"); it is not counted as
 * household income; 低边 families may be included where the region opts in ("有条件的地区可统筹纳入").
 *
 * API: livingSupplement(input, table, today?) → {amountFen, breakdown, refs}.
 * - The 低保 standard is the regional parameter `dibao_standard_fen` (no national default: a region
 *   without one → RuleInputError on `dibaoStandardFen`, "missing parameter dibao_standard_fen for
 *   region X"). The rules CLI may still give `dibaoStandardFen` explicitly (its contract); the case
 *   path never does (rules/benefit-facts.ts refuses it).
 * - The rate is the parameter `living_supplement_rate` (default 0.10), or an explicit `rate` (CLI);
 *   below `living_supplement_min_rate` is bad input, never silently raised (NOTES.md).
 * - "不低于" is a floor: the amount rounds UP to the fen (SPEC §3 corrected; NOTES.md "Rounding"),
 *   so 99,994 fen × 10% = 9,999.4 → 10,000 fen.
 */
import { applyRate, compareRates, parseRate, yuan } from '../decimal.js';
import { RuleInputError } from '../errors.js';
import type { ParameterTable } from '../parameters.js';
import { Ctx, fen, type BenefitResult, type Where } from './context.js';

export interface LivingSupplementInput extends Where {
  /** The local monthly 低保 standard, in fen: explicit (CLI) or, absent, the regional parameter. */
  dibaoStandardFen?: number;
  /** An explicit rate (CLI) as a decimal ("0.12") or fraction; absent, the regional parameter. */
  rate?: string;
  /** Household status; absent means a 低保 family (the CLI's contract). */
  householdStatus?: string;
}

const REFS = ['001 §四(一)'];

export function livingSupplement(input: LivingSupplementInput, table: ParameterTable, today?: string): BenefitResult {
  const c = new Ctx('living-supplement', table, input, today);
  const steps: string[] = [];
  let standard: number;
  if (input.dibaoStandardFen !== undefined) {
    standard = fen('dibaoStandardFen', input.dibaoStandardFen);
    steps.push(`低保 standard ${standard} fen (given)`);
  } else {
    standard = c.regional('dibao_standard_fen', 'dibaoStandardFen');
    steps.push(`低保 standard ${standard} fen (parameter dibao_standard_fen, region ${c.region})`);
  }
  const min = c.rate('living_supplement_min_rate');
  let rate = min;
  if (input.rate !== undefined) {
    try {
      rate = parseRate(input.rate);
    } catch (e) {
      throw new RuleInputError('rate', (e as Error).message);
    }
    if (compareRates(rate, min) < 0) throw new RuleInputError('rate', `must be at least the minimum ${min.text} (001 §四(一): 不低于当地最低生活保障标准10%)`);
  } else {
    rate = c.rate('living_supplement_rate');
    if (compareRates(rate, min) < 0) throw new Error(`parameter living_supplement_rate=${rate.text} is below living_supplement_min_rate=${min.text} (001 §四(一)) for region ${c.region}`);
  }
  const status = input.householdStatus ?? 'dibao';
  if (status !== 'dibao') {
    const edgeIn = c.param('living_supplement_includes_dibao_edge').value === true;
    if (!(status === 'dibao_edge' && edgeIn)) {
      steps.push(`household ${status}: the supplement is for veterans in 低保 families${status === 'dibao_edge' ? ' (低边 not opted in here)' : ''}`);
      return c.done(input, steps, 0, REFS, 'not in a 低保 family');
    }
    steps.push('household 低边: included, the region opted in (001 §四(一) 有条件的地区可统筹纳入)');
  }
  const r = c.roundingOf('living_supplement_rate');
  const amount = applyRate(standard, rate, r.mode);
  steps.push(`${yuan(standard)} yuan (低保 standard) × ${rate.text} = ${amount} fen, rounded ${r.mode} (不低于: a floor rounds up to the fen)`);
  steps.push('not counted as household income (001 §四(一))');
  return c.done(input, steps, amount, REFS);
}
