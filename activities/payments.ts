/**
 * Disbursement. A regular payment pays the amount the county decided and froze (001 §五3 审批决定;
 * activities/amounts.ts), never a recomputation from the clerk's inputs; an emergency payment is
 * trued up against it once (001 §五 先行帮扶援助，事后补齐手续; rules/caps.ts), and every payment of a
 * capped matter stays within the person's room under the cap (001 §四(二); 004 §20), counted from
 * recorded payments. The payment row and its audit event are written in one transaction, and the
 * unique key (case, item, period) means an activity retried after a crash can never pay twice.
 * SPEC §2.6, §3.
 */
import { clampToRoom, deductEmergencyOnce, emergencyTrueUp, shanghaiDate } from '../rules/index.js';
import type { Actor, Matter } from '../rules/vocabulary.js';
import type { Db } from '../store/db.js';
import { recordPayment, type StoredPayment } from '../store/payments.js';
import { personCapRoom, type DecidedAmount } from './amounts.js';
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
  /** Kept for the review's adjustment (benefit.adjustedAmountFen, 001 §六(二)). */
  benefit?: Record<string, unknown>;
  /** The frozen decision (regular payments). */
  decided?: DecidedAmount | null;
  /** One-off true-up: the emergency payment already made; this payment is the difference (top-up). */
  trueUpEmergencyFen?: number;
  /** Recurring: what is left of the emergency payment to deduct, once (deductEmergencyOnce). */
  emergencyLeftFen?: number;
  snapshotHint?: string;
}

export function paymentActivities(db: Db, policies: PolicyStore) {
  async function withinCap(req: PaymentRequest, amountFen: number, breakdown: Record<string, unknown>): Promise<number> {
    const { parameters } = await policies.get();
    const room = await personCapRoom(db, parameters, { matter: req.matter, county: req.county, personKey: req.personKey, onDate: shanghaiDate(req.at) });
    if (!room) return amountFen;
    const paid = clampToRoom(amountFen, room);
    breakdown.capAtPayment = { ref: room.ref, capFen: room.capFen, period: room.period, paidInPeriodFen: room.paidInPeriodFen, roomFen: room.roomFen, beforeFen: amountFen, paidFen: paid, steps: [...room.capSteps, ...room.steps] };
    return paid;
  }

  async function amountFor(req: PaymentRequest): Promise<{ amountFen: number; breakdown: Record<string, unknown>; refs: string[] }> {
    if (req.kind === 'emergency') {
      const e = req.emergency!;
      const breakdown: Record<string, unknown> = { kind: 'emergency', requestedFen: e.amountFen, reason: e.reason, note: 'paid first, review and approval follow; counts toward every cap of its matter' };
      const amountFen = await withinCap(req, e.amountFen, breakdown);
      breakdown.amountFen = amountFen;
      return { amountFen, breakdown, refs: ['001 §五 紧急情况时…先行帮扶援助，事后再补齐审核审批手续'] };
    }
    // A review adjusted the recurring amount (issue 13; 001 §六(二)): its breakdown is on the review's event.
    const adjusted = req.benefit?.adjustedAmountFen;
    let amountFen: number;
    let breakdown: Record<string, unknown>;
    let refs: string[];
    if (typeof adjusted === 'number') {
      amountFen = adjusted;
      breakdown = { kind: 'adjusted', amountFen: adjusted, ref: req.benefit?.adjustmentRef ?? null };
      refs = ['001 §六(二)'];
    } else {
      const d = req.decided;
      if (!d) throw new Error(`case ${req.caseId}: no decided amount to pay (001 §五3)`);
      amountFen = d.amountFen;
      breakdown = { kind: 'decided', decidedFen: d.amountFen, decidedOn: d.onDate, monthly: d.monthly, decision: d.breakdown, note: 'the amount the county decided and froze (001 §五3 审批决定)' };
      refs = d.refs;
    }
    if (req.trueUpEmergencyFen !== undefined) {
      const t = emergencyTrueUp({ decidedFen: amountFen, emergencyPaidFen: req.trueUpEmergencyFen });
      breakdown.trueUp = t;
      amountFen = t.topUpFen;
    }
    if (req.emergencyLeftFen) {
      const { periods, unusedFen } = deductEmergencyOnce([{ period: req.period, amountFen }], req.emergencyLeftFen);
      const p = periods[0]!;
      breakdown.emergencyDeduction = { grossFen: p.grossFen, deductedFen: p.deductedFen, netFen: p.amountFen, emergencyLeftFen: unusedFen, note: 'the emergency payment is deducted once, from the first months until used up' };
      amountFen = p.amountFen;
    }
    amountFen = await withinCap(req, amountFen, breakdown);
    return { amountFen, breakdown, refs };
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
