/**
 * What a review's outcome does to the case it reviews (issue 13; 001 §六(二) 动态调整):
 * - stop: the case workflow's own `stopRecurring` update, as the deciding official;
 * - adjust: the amount recomputed by the benefit calculator (rules/benefits/) with the parameters in
 *   force today, then the case workflow's `adjustRecurring` update.
 * The case workflow validates both (jurisdiction, role, a payment still running); a refusal is
 * returned as data and recorded on the review, never retried for ever.
 */
import { Context } from '@temporalio/activity';
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { RuleInputError } from '../../rules/errors.js';
import { calculateBenefit, shanghaiDate, type BenefitKind } from '../../rules/index.js';
import { adjustRecurringUpdate, stopRecurringUpdate, workflowIdForCase, type Actor } from '../../workflows/definitions.js';
import type { PolicyStore } from '../../store/policy.js';

const KIND: Record<string, BenefitKind> = { living_supplement: 'living-supplement', employment_subsidy: 'employment-subsidy' };

export type EffectResult = { applied: true; amountFen?: number; breakdown?: unknown } | { applied: false; refused: string; reason: string };

function refusalOf(e: unknown): { refused: string; reason: string } | null {
  if (e instanceof WorkflowUpdateFailedError && e.cause instanceof ApplicationFailure) return { refused: e.cause.type ?? 'REFUSED', reason: e.cause.message };
  if (/workflow execution already completed|not found/i.test(String((e as Error)?.message))) return { refused: 'WRONG_STATE', reason: 'the case\'s process has finished' };
  return null;
}

export function effectActivities(policies: PolicyStore, clientOf: () => Client = () => Context.current().client) {
  return {
    /** The amount an adjustment would pay, or why the inputs are wrong (checked before the review completes). */
    async previewAdjustment(req: { matter: string; county: string; benefit: Record<string, unknown>; at: string }): Promise<{ ok: true; amountFen: number; breakdown: unknown } | { ok: false; field: string; message: string }> {
      const kind = KIND[req.matter];
      if (!kind) return { ok: false, field: 'outcome', message: `a ${req.matter} payment is not recomputed by a calculator` };
      const policy = await policies.get();
      try {
        const r = calculateBenefit(kind, { ...req.benefit, region: req.county, onDate: shanghaiDate(req.at) }, policy.parameters, shanghaiDate(req.at));
        return { ok: true, amountFen: r.amountFen, breakdown: r.breakdown };
      } catch (e) {
        if (e instanceof RuleInputError) return { ok: false, field: `benefit.${e.path}`, message: e.message };
        throw e;
      }
    },

    async stopCasePayment(req: { caseId: string; actor: Actor; reasons: string }): Promise<EffectResult> {
      try {
        await clientOf().workflow.getHandle(workflowIdForCase(req.caseId)).executeUpdate(stopRecurringUpdate, { args: [{ actor: req.actor, reasons: req.reasons }] });
        return { applied: true };
      } catch (e) {
        const r = refusalOf(e);
        if (r) return { applied: false, ...r };
        throw e;
      }
    },

    async adjustCasePayment(req: { caseId: string; actor: Actor; reasons: string; amountFen: number; ref: string }): Promise<EffectResult> {
      try {
        await clientOf()
          .workflow.getHandle(workflowIdForCase(req.caseId))
          .executeUpdate(adjustRecurringUpdate, { args: [{ actor: req.actor, reasons: req.reasons, amountFen: req.amountFen, ref: req.ref }] });
        return { applied: true, amountFen: req.amountFen };
      } catch (e) {
        const r = refusalOf(e);
        if (r) return { applied: false, ...r };
        throw e;
      }
    },
  };
}
