/**
 * Disbursement. The amount comes from the pure calculators in rules/ (with their breakdown); the
 * payment row and its audit event are written in one transaction, and the unique key
 * (case, item, period) means an activity retried after a crash can never pay twice.
 * SPEC §2.6, §3.
 */
import { calculateBenefit, shanghaiDate, type BenefitKind } from '../rules/index.js';
import type { Actor, Matter } from '../rules/vocabulary.js';
import type { Db } from '../store/db.js';
import { paidInYear, recordPayment, type StoredPayment } from '../store/payments.js';
import { badInput } from './errors.js';
import type { PolicyStore } from '../store/policy.js';

export interface PaymentRequest {
  caseId: string;
  eventKey: string;
  at: string;
  actor: Actor;
  matter: Matter;
  item: string;
  period: string;
  kind: 'emergency' | 'regular';
  county: string;
  personKey: string;
  emergency?: { amountFen: number; reason: string };
  benefit?: Record<string, unknown>;
  approvedAmountFen?: number | null;
  emergencyPaidFen?: number;
  snapshotHint?: string;
}

const KIND_OF_MATTER: Partial<Record<Matter, BenefitKind>> = {
  living_supplement: 'living-supplement',
  medical_aid: 'medical-aid',
  employment_subsidy: 'employment-subsidy',
  temporary_aid: 'temporary-aid',
  retiree_medical: 'retiree-medical',
};

export function paymentActivities(db: Db, policies: PolicyStore) {
  async function amountFor(req: PaymentRequest): Promise<{ amountFen: number; breakdown: Record<string, unknown>; refs: string[] }> {
    if (req.kind === 'emergency') {
      const e = req.emergency!;
      return {
        amountFen: e.amountFen,
        breakdown: { kind: 'emergency', amountFen: e.amountFen, reason: e.reason, note: 'paid first, review and approval follow' },
        refs: ['001 §五 emergency', '004 §23'],
      };
    }
    // A review adjusted the recurring amount (issue 13; 001 §六(二)): its breakdown is on the review's event.
    const adjusted = req.benefit?.adjustedAmountFen;
    if (typeof adjusted === 'number') return { amountFen: adjusted, breakdown: { kind: 'adjusted', amountFen: adjusted, ref: req.benefit?.adjustmentRef ?? null }, refs: ['001 §六(二)'] };
    const kind = KIND_OF_MATTER[req.matter];
    if (!kind) throw new Error(`matter ${req.matter} has no payment`);
    const policy = await policies.get();
    const onDate = shanghaiDate(req.at);
    const input: Record<string, unknown> = { ...(req.benefit ?? {}), region: req.county, onDate };
    if (kind === 'temporary-aid' && req.approvedAmountFen != null) input.requestedFen = req.approvedAmountFen;
    if (kind === 'employment-subsidy' && !input.month && /^\d{4}-\d{2}$/.test(req.period)) input.month = req.period;
    if (kind === 'medical-aid') {
      // The cap is per insurance year across all of the person's claims (001 §四(二)).
      input.paidThisYearFen = await paidInYear(db, req.personKey, 'medical_aid', onDate.slice(0, 4));
    }
    const r = calculateBenefit(kind, input, policy.parameters, onDate);
    let amountFen = r.amountFen;
    const breakdown: Record<string, unknown> = { ...r.breakdown };
    if (req.emergencyPaidFen && req.emergencyPaidFen > 0) {
      const net = Math.max(0, amountFen - req.emergencyPaidFen);
      breakdown.emergencyDeduction = { computedFen: amountFen, emergencyPaidFen: req.emergencyPaidFen, netFen: net, note: 'the emergency payment counts towards the approved amount' };
      amountFen = net;
    }
    return { amountFen, breakdown, refs: r.refs ?? [] };
  }

  return {
    async recordPayment(req: PaymentRequest): Promise<StoredPayment> {
      const { amountFen, breakdown, refs } = await amountFor(req);
      return badInput(() =>
        recordPayment(db, {
          caseId: req.caseId,
          item: req.item,
          period: req.period,
          amountFen,
          kind: req.kind,
          breakdown,
          paidBy: req.actor.sub,
          event: { caseId: req.caseId, eventKey: req.eventKey, at: req.at, actor: req.actor, type: req.kind === 'emergency' ? 'emergency_paid' : 'payment_made', data: { item: req.item, period: req.period, amountFen, kind: req.kind, breakdown }, refs },
        }),
      );
    },
  };
}
