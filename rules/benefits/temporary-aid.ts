/**
 * Temporary aid (001 §四(六)): one-off, the amount decided by the county ("由当地视情给予") within a
 * regional maximum — a parameter; the seeds fix no amount (default 10,000 yuan, not in seeds).
 * API: temporaryAid(input, table, today?). `regionalMaxFen` is accepted from the rules CLI only (its
 * contract); the case path takes the maximum from the parameter (rules/benefit-facts.ts refuses it).
 */
import { yuan } from '../decimal.js';
import type { ParameterTable } from '../parameters.js';
import { Ctx, fen, type BenefitResult, type Where } from './context.js';

export interface TemporaryAidInput extends Where {
  requestedFen: number;
  /** A maximum given by the caller instead of the parameter. */
  regionalMaxFen?: number;
}

export function temporaryAid(input: TemporaryAidInput, table: ParameterTable, today?: string): BenefitResult {
  const c = new Ctx('temporary-aid', table, input, today);
  const requested = fen('requestedFen', input.requestedFen);
  const steps: string[] = [];
  let max: number;
  if (input.regionalMaxFen !== undefined) {
    max = fen('regionalMaxFen', input.regionalMaxFen);
    steps.push(`regional maximum ${max} fen (${yuan(max)} yuan, given)`);
  } else {
    max = c.int('temporary_aid_max_fen');
    steps.push(`regional maximum ${max} fen (${yuan(max)} yuan, parameter)`);
  }
  const amount = Math.min(requested, max);
  steps.push(`amount = min(requested ${requested}, maximum ${max})`);
  return c.done(input, steps, amount, ['001 §四(六)']);
}
